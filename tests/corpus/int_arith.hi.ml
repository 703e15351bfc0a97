left = 17
right = 5
छापो(left + right, left - right, left * right)
छापो(left // right, left % right, left ** 2)
छापो(-left // right, -left % right, left // -right, left % -right)
छापो(7 // 7, 0 * 99, -0)
छापो(2 ** 10, 3 ** 0, (-2) ** 3)
छापो(abs(-12), abs(12))
छापो(1 + 2 * 3 - 4, (1 + 2) * (3 - 4))
छापो(100 // 7 * 7 + 100 % 7)
छापो(pow(3, 4), pow(2, 10, 1000))
छापो(max(3, 9, 2), min(3, 9, 2))
छापो(पूर्णांक("123") + 1, पूर्णांक(-3.9), पूर्णांक(3.9))
