data = [4, 8, 15, 16, 23, 42]
als (size := lengte(data)) > 5:
    afdrukken("size", size)
pos = 0
terwijl (val := data[pos]) < 16:
    afdrukken("val", val)
    pos += 1
afdrukken("stopped at", val, pos)
afdrukken([half voor num in data als (half := num // 2) > 5])
afdrukken((big := maximum(data)) * 2, big)

definieer double(num):
    retourneer num * 2

definieer total(items):
    retourneer som(items)

afdrukken(5 |> double, 5 |> double |> double, data |> total, data |> lengte |> tekenreeks)
afdrukken([1, 2, 3] |> gesorteerd, "abc" |> lijst, -7 |> absoluut)
result = data |> total |> double
afdrukken(result)
