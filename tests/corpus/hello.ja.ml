挨拶 = "Hello, world!"
もし 真:
    表示(挨拶)
