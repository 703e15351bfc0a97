print("before")
answer = input("Your number? ")
print("got", int(answer) * 2)
