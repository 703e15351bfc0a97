# Independent syntax errors: each bad statement becomes (error) and parsing goes on; the
# block of a broken header is still parsed (its own errors are independent).
def broken(a b):
    inside = 1
    also bad = 2
    fine = 3
if x y:
    nested = 1
print("after")
f(a=1, b)
1 = x
class C:
    def m(self):
        return ]
    def n(self):
        pass
lambda x: = 3
z = 3 if y
observe counter = 0
last = 4
