groet = "Hello, world!"
als Waar:
    afdrukken(groet)
