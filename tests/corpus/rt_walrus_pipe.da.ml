data = [4, 8, 15, 16, 23, 42]
hvis (size := laengde(data)) > 5:
    skriv("size", size)
pos = 0
mens (val := data[pos]) < 16:
    skriv("val", val)
    pos += 1
skriv("stopped at", val, pos)
skriv([half for num i data hvis (half := num // 2) > 5])
skriv((big := maksimum(data)) * 2, big)

definer double(num):
    returner num * 2

definer total(items):
    returner summering(items)

skriv(5 |> double, 5 |> double |> double, data |> total, data |> laengde |> streng)
skriv([1, 2, 3] |> sorteret, "abc" |> liste, -7 |> absolut)
result = data |> total |> double
skriv(result)
