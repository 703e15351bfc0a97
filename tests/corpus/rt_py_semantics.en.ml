# expected output from CPython: the original rejects these constructs (LANGUAGE.md section 9)
def is_even(num):
    return True if num == 0 else is_odd(num - 1)

def is_odd(num):
    return False if num == 0 else is_even(num - 1)

print(is_even(10), is_odd(7), is_even(3))
try:
    {}["k"]
except KeyError as err:
    message = "caught " + str(err)
print(message)

class Ctx:
    def __enter__(self):
        return 5
    def __exit__(self, *args):
        return False

with Ctx() as got:
    inside = got * 2
print(got, inside)
adders = [lambda val, inc=inc: val + inc for inc in range(3)]
print([adder(10) for adder in adders])
for idx, (key, val) in enumerate([("a", 1), ("b", 2)]):
    print(idx, key, val)
print([half for num in [4, 9, 12] if (half := num // 2) > 2], half)
print((), len(()), () == tuple())

class Base:
    def hello(self):
        return "base"

class Child(Base):
    def hello(self):
        return "child+" + super().hello()

print(Child().hello())
