prices = {"bread": 2.5, "milk": 1.25, "cheese": 7.0}
basket = [("bread", 2), ("cheese", 1), ("milk", 3)]

def line_total(item, quantity):
    return prices[item] * quantity

grand_total = 0.0
for item, quantity in basket:
    amount = line_total(item, quantity)
    grand_total += amount
    print(f"{item:<8}{quantity:>3} x {prices[item]:>5.2f} = {amount:>6.2f}")
print(f"{'TOTAL':<8}{grand_total:>21.2f}")
expensive = [item for item, quantity in basket if prices[item] > 2]
print(sorted(expensive))
