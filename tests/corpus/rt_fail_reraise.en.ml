class BudgetError(Exception):
    pass

def spend(amount, budget):
    if amount > budget:
        raise BudgetError(f"need {amount}, have {budget}")
    return budget - amount

left = 100
for price in [30, 50, 40]:
    try:
        left = spend(price, left)
        print("left", left)
    except BudgetError as err:
        print("caught:", err)
        raise
print("unreachable")
