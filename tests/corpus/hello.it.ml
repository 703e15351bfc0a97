saluto = "Hello, world!"
se Vero:
    stampa(saluto)
