notas = [72, 85, 90, 66, 85, 58]
suma_notas = suma(notas)
promedio = suma_notas / longitud(notas)
imprimir("Σ", suma_notas, "μ", promedio)
mejor = maximo(notas)
imprimir("max", mejor, notas.index(mejor), notas.count(mejor))
calificaciones = {}
para nota en notas:
    si nota >= 85:
        calificacion = "A"
    sinosi nota >= 70:
        calificacion = "B"
    sino:
        calificacion = "C"
    calificaciones[calificacion] = calificaciones.get(calificacion, 0) + 1
imprimir(calificaciones)
encima = [nota - 70 para nota en notas si nota > 70]
imprimir(encima, ordenado(notas, reverse=Verdadero)[:3])
imprimir(f"{promedio:.2f}", redondear(promedio), promedio > 75, suma_notas // 7, suma_notas % 7)

def rango_notas(valores):
    devolver maximo(valores) - minimo(valores)

imprimir(rango_notas(notas), rango_notas([3.5, 1.25]), 12.5 * 4, 1_000 + 24)
