# `except (A, B)` and `raise ... from` follow Python (the original accepts only one class name):
# the expected output is CPython 3.12's for the English program.
def check(val):
    try:
        print("attempt", val)
        if val == 0:
            raise ValueError("zero")
        if val < 0:
            return "negative"
        result = 10 // val
    except ValueError as err:
        print("caught", err)
        return "handled"
    else:
        print("fine", result)
        return "computed " + str(result)
    finally:
        print("always", val)

print(check(5))
print(check(0))
print(check(-1))

def override():
    try:
        return "value"
    finally:
        print("cleanup first")

print(override())

def swallow():
    try:
        raise KeyError("k")
    finally:
        return "swallowed"

print(swallow())

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("fin", i)

def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as err:
        print("outer caught", err)
        try:
            raise TypeError("second")
        except TypeError as t:
            print("ctx", repr(t.__context__))
    finally:
        print("outer finally")
    return "done"

print(nested())

try:
    try:
        {}["missing"]
    except KeyError as err:
        raise ValueError("bad") from err
except ValueError as err:
    print(repr(err), repr(err.__cause__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except (TypeError, ZeroDivisionError) as err:
    print("tuple caught", err)

def reraise_outside():
    raise
try:
    try:
        raise IndexError("ix")
    except IndexError:
        reraise_outside()
except IndexError as err:
    print("outside reraise", err)

try:
    reraise_outside()
except RuntimeError as err:
    print(err)

count = 0
while True:
    count += 1
    try:
        try:
            if count > 2:
                break
        finally:
            print("while fin", count)
    except ValueError:
        pass
print("count", count)

try:
    try:
        raise ValueError(1)
    except ValueError:
        raise TypeError(2)
except TypeError as err:
    print(repr(err), repr(err.__context__))
try:
    try:
        raise ValueError(1)
    finally:
        print("fin before")
except ValueError as err:
    print("after fin", repr(err), err.__context__)
