# Every string form: quotes, triple quotes, prefixes, escapes, bytes, paired quotes, dates.
a = 'single' + "double" + 'it\'s' + "say \"hi\""
b = '''triple
single''' + """triple "double"
"""
c = 'tab\there\nnewline \\ backslash \x41 \101 \u00e9 \U0001F600 \a\b\f\v\r\0'
d = 'unknown \d \w escapes kept' + 'line \
continued'
e = r'raw \n \d \' kept' + R"RAW" + u'unicode'
f = b'bytes \x00\xff \n' + rb'raw \x00' + Br"x" + bR'y'
g = 「corner」 + «guillemets» + “smart double” + ‘smart single’ + 「it's "quoted"」
h = 〔2024-01-15〕
i = "" + '' + """""" + b''
