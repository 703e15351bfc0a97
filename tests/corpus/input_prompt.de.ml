ausgeben("before")
answer = eingabe("Your number? ")
ausgeben("got", ganz(answer) * 2)
