count = inteiro(entre())
values = []
para idx em intervalo(count):
    line = entre()
    values.append(real(line) se "." em line senão inteiro(line))
imprima(values, soma(values), máximo(values))
words = entre().split()
imprima(comprimento(words), words[::-1], " ".join(word.capitalize() para word em words))
rows = 0
chars = 0
enquanto Verdadeiro:
    tente:
        line = entre()
    exceto EOFError:
        imprima("eof after", rows, "rows", chars, "chars")
        interrompa
    rows += 1
    chars += comprimento(line)
    imprima(rows, representacao(line), line.strip().isdigit())
