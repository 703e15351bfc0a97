# f-strings: fields, conversions, specs with nested fields, doubled braces, debug form.
name = "x"
print(f"hello {name}!")
print(F'{name!r} {name!s} {name!a}')
print(f"{3.14159:.2f} {42:>{width}} {n:{fill}{align}{w}}")
print(f"{{literal}} {{{name}}} }}")
print(f"{name=} {name = } {name=!s} {name=:>10}")
print(f"{d['key']} {d["key"]} {f'{name}'}")
print(f"{a if a > b else b} {x[1:2]} {(lambda: 1)()} {a != b} {a <= b}")
print(rf"raw \n {name}\t" + fR'\d{name}')
print(f"""triple {name}
second line {
  name
}""")
print(f'escape\t{name}\n')
