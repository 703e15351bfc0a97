parts = ["a", "b", 3]
joined = ""
for part in parts:
    print("adding", part)
    joined = joined + part
    print(joined)
print("unreachable")
