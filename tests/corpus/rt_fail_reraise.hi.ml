वर्ग BudgetError(Exception):
    छोड़ो

परिभाषा spend(amount, budget):
    अगर amount > budget:
        उठाओ BudgetError(f"need {amount}, have {budget}")
    वापसी budget - amount

left = 100
के_लिए price में [30, 50, 40]:
    प्रयास:
        left = spend(price, left)
        छापो("left", left)
    अपवाद BudgetError रूपमें err:
        छापो("caught:", err)
        उठाओ
छापो("unreachable")
