luokka BudgetError(Exception):
    ohita

maarittele spend(amount, budget):
    jos amount > budget:
        nosta BudgetError(f"need {amount}, have {budget}")
    palauta budget - amount

left = 100
jokaiselle price sisalla [30, 50, 40]:
    yrita:
        left = spend(price, left)
        tulosta("left", left)
    paitsi BudgetError nimella err:
        tulosta("caught:", err)
        nosta
tulosta("unreachable")
