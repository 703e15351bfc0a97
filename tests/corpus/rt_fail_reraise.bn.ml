শ্রেণি BudgetError(Exception):
    ছাড়ো

সংজ্ঞা spend(amount, budget):
    যদি amount > budget:
        তোলো BudgetError(f"need {amount}, have {budget}")
    ফেরত budget - amount

left = 100
জন্য price মধ্যে [30, 50, 40]:
    চেষ্টা:
        left = spend(price, left)
        ছাপাও("left", left)
    ব্যতিক্রম BudgetError হিসাবে err:
        ছাপাও("caught:", err)
        তোলো
ছাপাও("unreachable")
