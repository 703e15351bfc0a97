klasse BudgetError(Exception):
    pass

definer spend(amount, budget):
    hvis amount > budget:
        kast BudgetError(f"need {amount}, have {budget}")
    returner budget - amount

left = 100
for price i [30, 50, 40]:
    prov:
        left = spend(price, left)
        skriv("left", left)
    undtagen BudgetError som err:
        skriv("caught:", err)
        kast
skriv("unreachable")
