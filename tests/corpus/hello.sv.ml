halsning = "Hello, world!"
om Sant:
    skriv(halsning)
