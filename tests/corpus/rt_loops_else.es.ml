para num en rango(2, 20):
    para div en rango(2, num):
        si num % div == 0:
            romper
    sino:
        imprimir(num, end=" ")
imprimir()
count = 0
mientras count < 10:
    count += 1
    si count % 3 == 0:
        continuar
    si count > 7:
        romper
    imprimir(count, end=",")
sino:
    imprimir("whole")
imprimir()
steps = 3
mientras steps > 0:
    steps -= 1
sino:
    imprimir("done", steps)
para item en []:
    imprimir("never")
sino:
    imprimir("empty")
para outer_idx en rango(3):
    para inner_idx en rango(3):
        si inner_idx == outer_idx:
            continuar
        si inner_idx > outer_idx:
            romper
        imprimir(outer_idx, inner_idx)
val = 5
imprimir(1 < val < 10, 1 < val > 10, 0 <= val <= 5 < 6, val == 5 != 4, 3 < val en [5])
imprimir("big" si val > 3 sino "small", "neg" si val < 0 sino "zero" si val == 0 sino "pos")
imprimir(val > 3 y "yes", val < 3 y "yes", val < 3 o "fallback", 0 o Nada, [] o {} o "last")
imprimir(no val, no 0, no [], no "a", val es no Nada)
parity = ["even" si num % 2 == 0 sino "odd" para num en rango(5)]
imprimir(parity)
acc = []
idx = 0
mientras Verdadero:
    idx += 1
    si idx > 100:
        romper
    si idx % 20:
        continuar
    acc.append(idx)
imprimir(acc, idx)
