# Statements: assignments of every kind, let/const, simple statements, imports, decorators,
# classes, try, with, async, one-line suites and semicolons.
import os.path as p, sys
from . import sibling
from ..pkg.mod import (name, other as alias,)
from module import *
a = b = c = 0
x, *rest = y, z = 1, 2, 3
obj.attr, items[0] = 1, 2
count += 1; total -= count;
value: int = 5
declared: list[int]
let first = second = 0
let pair: tuple = 1, 2
const LIMIT = 10
del a, b[0], c.d
assert a == b, "message"
global g1, g2


@decorator
@factory(1, key="v")
class Child(Base, Mixin, metaclass=Meta):
    """Docstring."""

    def method(self, a, /, b: int = 1, *args, c, d=2, **kwargs) -> bool:
        nonlocal_name = None
        return a, b

    @staticmethod
    async def fetch(url):
        async with session.get(url) as response, lock:
            async for chunk in response:
                yield chunk
        result = await other()
        yield from result


def outer():
    x = 0

    def inner():
        nonlocal x
        x += 1

    return inner


try:
    risky()
except (ValueError, TypeError) as error:
    raise RuntimeError("wrapped") from error
except os.error:
    raise
except:
    pass
else:
    done = True
finally:
    cleanup()

with open("a") as fa, open("b") as fb:
    pass
with (open("a") as fa, open("b") as fb,):
    pass
with (yield_value) as (first, second):
    pass

if ready: go(); stop()
elif waiting: wait()
else: pass
while busy: work()
for i, (j, *k) in pairs: print(i)
else: print("no break")
