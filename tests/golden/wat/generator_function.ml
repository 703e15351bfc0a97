def countdown(start):
    while start > 0:
        got = yield start
        start -= 1
    yield from "ok"

print(list(countdown(2)))
