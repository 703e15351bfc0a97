déf describe(number):
    si number < 0:
        retour "negative"
    sinon si number == 0:
        retour "zero"
    sinon si number < 10:
        retour "small"
    sinon:
        retour "large"

pour value dans [-5, 0, 3, 10, 99]:
    afficher(value, describe(value))

temperature = 21
si temperature > 30:
    afficher("hot")
sinon si temperature > 15:
    afficher("mild")
sinon:
    afficher("cold")

si non temperature == 21:
    afficher("unexpected")
sinon:
    afficher("as expected")
