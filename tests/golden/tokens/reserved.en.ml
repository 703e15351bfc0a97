# Experimental concepts of the original are reserved words; builtins stay names.
prompt "hello"
par:
    spawn worker()
enum Color = | Red | Green
type Point = {x: int}
result = classify(text)
print(len(range(3)), input, int, str, float, bool, list, dict)
x = True if y is not None else False
