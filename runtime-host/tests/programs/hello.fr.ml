afficher("Bonjour, le monde !")
