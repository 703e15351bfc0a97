data = [4, 8, 15, 16, 23, 42]
if (size := len(data)) > 5:
    print("size", size)
pos = 0
while (val := data[pos]) < 16:
    print("val", val)
    pos += 1
print("stopped at", val, pos)
print([half for num in data if (half := num // 2) > 5])
print((big := max(data)) * 2, big)

def double(num):
    return num * 2

def total(items):
    return sum(items)

print(5 |> double, 5 |> double |> double, data |> total, data |> len |> str)
print([1, 2, 3] |> sorted, "abc" |> list, -7 |> abs)
result = data |> total |> double
print(result)
