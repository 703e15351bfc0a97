greeting = "Hello, world!"
if True:
    print(greeting)
