# if and or not while for return def class import from (commentaire anglais)
soit texte = "if and or not while for return def class import from True None"
afficher(texte)
si texte:
    afficher('''else elif break continue pass''')
