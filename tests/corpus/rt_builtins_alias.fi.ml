nums = lista(vali(1, 11))
tulosta(pituus(nums), summa(nums), minimi(nums), maksimi(nums), itseisarvo(-5), itseisarvo(-2.5))
tulosta(jarjestetty([3, 1, 2], reverse=Tosi), lista(kaannetty(nums))[:3], lista(vali(10, 0, -3)))
jokaiselle idx, val sisalla numeroi(["a", "b"], 1):
    tulosta(idx, val)
tulosta(lista(parita([1, 2, 3], "xyz")), lista(kuvaus(merkkijono, [1, 2])), lista(suodata(EiMitaan, [0, 1, "", "a"])))
tulosta(lista(suodata(lambda num: num % 4 == 0, nums)), lista(kuvaus(lambda num: num * num, vali(4))))
tulosta(jokin([0, 0, 1]), kaikki([1, 1, 0]), pyorista(3.14159, 2), pyorista(7.5), potenssi(2, 10), potenssi(3, 4, 5))
tulosta(jakojaannos(47, 5), merkki(97), jarjestysluku("b"), heksadesimaaliluku(4095), oktaaliluku(64), binaariluku(10))
tulosta(on_ilmentyma(5, kokonaisluku), on_ilmentyma("a", merkkijono), on_ilmentyma(2.0, kokonaisluku), on_ilmentyma(Tosi, kokonaisluku))
tulosta(tyyppi(5).__name__, tyyppi("").__name__, tyyppi([]).__name__, tyyppi({}).__name__, tyyppi(1.5).__name__)
tulosta(kokonaisluku("42") + 1, liukuluku("2.5") * 2, merkkijono(3) + "x", totuusarvo(""), lista("hi"), sanakirja(a=1))
tulosta(joukko([2, 2, 1]), monikko([1, 2]), jaadytetty_joukko([1]), esitys("q"), muotoile(3.14159, ".2f"))
it = iteraattori([10, 20, 30])
tulosta(seuraava(it), seuraava(it), seuraava(it), seuraava(it, "end"))

luokka Box:
    ohita

box = Box()
aseta_attribuutti(box, "size", 3)
tulosta(on_attribuutti(box, "size"), hae_attribuutti(box, "size"), hae_attribuutti(box, "color", "none"), on_attribuutti(box, "color"))
tulosta(summa([[1], [2, 3]], []), maksimi("apple", "pear", key=pituus), minimi(4, 2, 8), summa(vali(5), 10))
tulosta(jarjestetty(joukko("hello")), pituus({"k": 1, "j": 2}), itseisarvo(-0), pyorista(-2.5), pyorista(0.125, 2))
