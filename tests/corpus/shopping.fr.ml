prix = {"bread": 2.5, "milk": 1.25, "cheese": 7.0}
panier = [("bread", 2), ("cheese", 1), ("milk", 3)]

déf total_ligne(article, quantite):
    retour prix[article] * quantite

total_general = 0.0
pour article, quantite dans panier:
    montant = total_ligne(article, quantite)
    total_general += montant
    afficher(f"{article:<8}{quantite:>3} x {prix[article]:>5.2f} = {montant:>6.2f}")
afficher(f"{'TOTAL':<8}{total_general:>21.2f}")
chers = [article pour article, quantite dans panier si prix[article] > 2]
afficher(trier(chers))
