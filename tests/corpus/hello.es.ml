saludo = "Hello, world!"
si Verdadero:
    imprimir(saludo)
