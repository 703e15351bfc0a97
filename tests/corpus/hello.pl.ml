powitanie = "Hello, world!"
jesli Prawda:
    drukuj(powitanie)
