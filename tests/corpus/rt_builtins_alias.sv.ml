nums = lista(intervall(1, 11))
skriv(langd(nums), summa(nums), minimum(nums), maximum(nums), absolut(-5), absolut(-2.5))
skriv(sorterad([3, 1, 2], reverse=Sant), lista(omvand(nums))[:3], lista(intervall(10, 0, -3)))
for idx, val i numrera(["a", "b"], 1):
    skriv(idx, val)
skriv(lista(para([1, 2, 3], "xyz")), lista(avbilda(strang, [1, 2])), lista(filtrera(Ingen, [0, 1, "", "a"])))
skriv(lista(filtrera(lambda num: num % 4 == 0, nums)), lista(avbilda(lambda num: num * num, intervall(4))))
skriv(nagot([0, 0, 1]), alla([1, 1, 0]), avrunda(3.14159, 2), avrunda(7.5), potens(2, 10), potens(3, 4, 5))
skriv(divmod(47, 5), tecken(97), teckenkod("b"), hexadecimal(4095), oktal(64), binaer(10))
skriv(ar_instans(5, heltal), ar_instans("a", strang), ar_instans(2.0, heltal), ar_instans(Sant, heltal))
skriv(typ(5).__name__, typ("").__name__, typ([]).__name__, typ({}).__name__, typ(1.5).__name__)
skriv(heltal("42") + 1, flyttal("2.5") * 2, strang(3) + "x", boolesk(""), lista("hi"), ordbok(a=1))
skriv(mangd([2, 2, 1]), tuppel([1, 2]), frusen_mangd([1]), representation("q"), formatera(3.14159, ".2f"))
it = iterator([10, 20, 30])
skriv(nasta(it), nasta(it), nasta(it), nasta(it, "end"))

klass Box:
    passera

box = Box()
satt_attribut(box, "size", 3)
skriv(har_attribut(box, "size"), hamta_attribut(box, "size"), hamta_attribut(box, "color", "none"), har_attribut(box, "color"))
skriv(summa([[1], [2, 3]], []), maximum("apple", "pear", key=langd), minimum(4, 2, 8), summa(intervall(5), 10))
skriv(sorterad(mangd("hello")), langd({"k": 1, "j": 2}), absolut(-0), avrunda(-2.5), avrunda(0.125, 2))
