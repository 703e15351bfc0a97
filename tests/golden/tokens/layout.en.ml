# Layout: INDENT/DEDENT, blank and comment-only lines, implicit and explicit line joining.
def total(values,
          start=0):

    result = start   # trailing comment
        # a comment at another indentation is ignored

    for v in values:
        if v > 0:
            result += v
    return result + \
        1

x = [1,
  2,
     3]
print(total(x))
while x:
    x.pop()
