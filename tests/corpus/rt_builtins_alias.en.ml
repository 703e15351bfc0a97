nums = list(range(1, 11))
print(len(nums), sum(nums), min(nums), max(nums), abs(-5), abs(-2.5))
print(sorted([3, 1, 2], reverse=True), list(reversed(nums))[:3], list(range(10, 0, -3)))
for idx, val in enumerate(["a", "b"], 1):
    print(idx, val)
print(list(zip([1, 2, 3], "xyz")), list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"])))
print(list(filter(lambda num: num % 4 == 0, nums)), list(map(lambda num: num * num, range(4))))
print(any([0, 0, 1]), all([1, 1, 0]), round(3.14159, 2), round(7.5), pow(2, 10), pow(3, 4, 5))
print(divmod(47, 5), chr(97), ord("b"), hex(4095), oct(64), bin(10))
print(isinstance(5, int), isinstance("a", str), isinstance(2.0, int), isinstance(True, int))
print(type(5).__name__, type("").__name__, type([]).__name__, type({}).__name__, type(1.5).__name__)
print(int("42") + 1, float("2.5") * 2, str(3) + "x", bool(""), list("hi"), dict(a=1))
print(set([2, 2, 1]), tuple([1, 2]), frozenset([1]), repr("q"), format(3.14159, ".2f"))
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "end"))

class Box:
    pass

box = Box()
setattr(box, "size", 3)
print(hasattr(box, "size"), getattr(box, "size"), getattr(box, "color", "none"), hasattr(box, "color"))
print(sum([[1], [2, 3]], []), max("apple", "pear", key=len), min(4, 2, 8), sum(range(5), 10))
print(sorted(set("hello")), len({"k": 1, "j": 2}), abs(-0), round(-2.5), round(0.125, 2))
