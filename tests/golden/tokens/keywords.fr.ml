# Français : mots-clés à plusieurs mots, mots anglais de base, alias de fonctions.
soit x = 5
tant que x > 0:
    x = x - 1
si x est Rien:
    passer
sinon si x pas dans [1, 2]:
    afficher("pas dans")
sinon   si x non dans [3]:
    afficher(longueur([x]))
sinon:
    arrêter
pour chaque i dans intervalle(3):
    continuer
déf carré(n):
    retour n * n
# Les mots-clés anglais de base marchent aussi ; la casse compte.
while x < 3 and not x is None:
    print(x)
Si = Vrai ou Faux
