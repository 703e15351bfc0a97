hilsen = "Hello, world!"
hvis Sand:
    skriv(hilsen)
