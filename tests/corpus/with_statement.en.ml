# Expected output: CPython 3.12 for the English program.
class Resource:
    def __init__(self, label, suppress=False):
        self.label = label
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.label)
        return self.label.upper()

    def __exit__(self, kind, value, tb):
        print("exit", self.label, kind.__name__ if kind else None, value)
        return self.suppress

with Resource("alpha") as name:
    print("inside", name)

with Resource("beta", True):
    raise ValueError("hidden")
print("after beta")

try:
    with Resource("gamma"):
        raise KeyError("shown")
except KeyError as err:
    print("caught", repr(err))

def early():
    with Resource("delta") as name:
        return "returned " + name

print(early())

for i in range(3):
    with Resource("loop" + str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)

with Resource("outer") as first, Resource("inner") as second:
    print(first, second)

try:
    with 42:
        pass
except TypeError as err:
    print(err)

class Broken:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        raise RuntimeError("exit failed")

try:
    with Broken():
        raise ValueError("original")
except RuntimeError as err:
    print(repr(err), repr(err.__context__))
