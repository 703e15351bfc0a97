nums = lista(intervalo(1, 11))
imprima(comprimento(nums), soma(nums), mínimo(nums), máximo(nums), absoluto(-5), absoluto(-2.5))
imprima(ordenado([3, 1, 2], reverse=Verdadeiro), lista(invertido(nums))[:3], lista(intervalo(10, 0, -3)))
para idx, val em enumerar(["a", "b"], 1):
    imprima(idx, val)
imprima(lista(combinar([1, 2, 3], "xyz")), lista(mapear(texto, [1, 2])), lista(filtrar(Nenhum, [0, 1, "", "a"])))
imprima(lista(filtrar(lambda num: num % 4 == 0, nums)), lista(mapear(lambda num: num * num, intervalo(4))))
imprima(qualquer([0, 0, 1]), todos([1, 1, 0]), arredondar(3.14159, 2), arredondar(7.5), potencia(2, 10), potencia(3, 4, 5))
imprima(divmod(47, 5), caractere(97), ordinal("b"), hexadecimal(4095), octal(64), binario(10))
imprima(é_instancia(5, inteiro), é_instancia("a", texto), é_instancia(2.0, inteiro), é_instancia(Verdadeiro, inteiro))
imprima(tipo(5).__name__, tipo("").__name__, tipo([]).__name__, tipo({}).__name__, tipo(1.5).__name__)
imprima(inteiro("42") + 1, real("2.5") * 2, texto(3) + "x", booleano(""), lista("hi"), dicionário(a=1))
imprima(conjunto([2, 2, 1]), tuplo([1, 2]), conjunto_imutavel([1]), representacao("q"), formatar(3.14159, ".2f"))
it = iterador([10, 20, 30])
imprima(proximo(it), proximo(it), proximo(it), proximo(it, "end"))

classe Box:
    passe

box = Box()
definir_atributo(box, "size", 3)
imprima(tem_atributo(box, "size"), obter_atributo(box, "size"), obter_atributo(box, "color", "none"), tem_atributo(box, "color"))
imprima(soma([[1], [2, 3]], []), máximo("apple", "pear", key=comprimento), mínimo(4, 2, 8), soma(intervalo(5), 10))
imprima(ordenado(conjunto("hello")), comprimento({"k": 1, "j": 2}), absoluto(-0), arredondar(-2.5), arredondar(0.125, 2))
