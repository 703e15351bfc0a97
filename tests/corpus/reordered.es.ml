numeros = [3, 1, 2]
suma_total = 0
numeros para numero:
    suma_total += numero
imprimir(suma_total)
contador = 3
mientras contador > 0:
    contador -= 1
imprimir(contador)
bandera = suma_total > 5
si bandera:
    imprimir("OK")
