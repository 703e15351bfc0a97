def is_prime(number):
    if number < 2:
        return False
    divisor = 2
    while divisor * divisor <= number:
        if number % divisor == 0:
            return False
        divisor += 1
    return True

found = 0
candidate = 0
while found < 20:
    if is_prime(candidate):
        print(candidate, end=" ")
        found += 1
    candidate += 1
print()
print(is_prime(7919), is_prime(7917))
