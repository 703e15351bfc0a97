salutation = "Hello, world!"
si Vrai:
    afficher(salutation)
