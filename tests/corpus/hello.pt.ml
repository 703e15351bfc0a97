saudacao = "Hello, world!"
se Verdadeiro:
    imprima(saudacao)
