temp = [1, 2, 3]
اطبع(مجموع(temp))
احذف temp
اطبع("deleted")
اطبع(طول(temp))
اطبع("unreachable")
