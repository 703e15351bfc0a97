# Python's rules: a function may use names bound later in the module; only names bound
# nowhere are reported. Localized builtin aliases (intervalle, longueur) are builtins.
déf principal():
    afficher(aide(3), inconnu)
    retour longueur(intervalle(LIMITE))

déf aide(x):
    retour x * LIMITE

classe Compteur:
    départ = 0

    déf remettre(self):
        # Le corps d'une classe n'englobe pas ses méthodes.
        self.valeur = départ

LIMITE = 4
principal()
