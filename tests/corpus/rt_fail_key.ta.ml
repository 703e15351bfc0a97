stock = {"apple": 3, "pear": 0}

வரையறு take(fruit):
    stock[fruit] -= 1
    திருப்பு stock[fruit]

அச்சிடு(take("apple"))
அச்சிடு(stock)
அச்சிடு(take("plum"))
அச்சிடு("unreachable")
