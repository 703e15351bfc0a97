imprimir("before")
answer = entrada("Your number? ")
imprimir("got", entero(answer) * 2)
