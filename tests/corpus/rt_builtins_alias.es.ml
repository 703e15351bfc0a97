nums = lista(rango(1, 11))
imprimir(longitud(nums), suma(nums), minimo(nums), maximo(nums), valorabsoluto(-5), valorabsoluto(-2.5))
imprimir(ordenado([3, 1, 2], reverse=Verdadero), lista(invertido(nums))[:3], lista(rango(10, 0, -3)))
para idx, val en enumerar(["a", "b"], 1):
    imprimir(idx, val)
imprimir(lista(combinar([1, 2, 3], "xyz")), lista(mapear(cadena, [1, 2])), lista(filtrar(Nada, [0, 1, "", "a"])))
imprimir(lista(filtrar(lambda num: num % 4 == 0, nums)), lista(mapear(lambda num: num * num, rango(4))))
imprimir(alguno([0, 0, 1]), todos([1, 1, 0]), redondear(3.14159, 2), redondear(7.5), potencia(2, 10), potencia(3, 4, 5))
imprimir(divmod(47, 5), caracter(97), ordinal("b"), hexadecimal(4095), octal(64), binario(10))
imprimir(es_instancia(5, entero), es_instancia("a", cadena), es_instancia(2.0, entero), es_instancia(Verdadero, entero))
imprimir(tipo(5).__name__, tipo("").__name__, tipo([]).__name__, tipo({}).__name__, tipo(1.5).__name__)
imprimir(entero("42") + 1, flotante("2.5") * 2, cadena(3) + "x", booleano(""), lista("hi"), diccionario(a=1))
imprimir(conjunto([2, 2, 1]), tupla([1, 2]), conjunto_inmutable([1]), representacion("q"), formatear(3.14159, ".2f"))
it = iterador([10, 20, 30])
imprimir(siguiente(it), siguiente(it), siguiente(it), siguiente(it, "end"))

clase Box:
    pasar

box = Box()
establecer_atributo(box, "size", 3)
imprimir(tiene_atributo(box, "size"), obtener_atributo(box, "size"), obtener_atributo(box, "color", "none"), tiene_atributo(box, "color"))
imprimir(suma([[1], [2, 3]], []), maximo("apple", "pear", key=longitud), minimo(4, 2, 8), suma(rango(5), 10))
imprimir(ordenado(conjunto("hello")), longitud({"k": 1, "j": 2}), valorabsoluto(-0), redondear(-2.5), redondear(0.125, 2))
