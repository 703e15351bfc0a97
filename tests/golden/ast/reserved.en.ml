# Reserved experimental words (AI, concurrency, reactive) are names in expressions, as call
# targets, assignment targets and parameters; starting a statement of their own, they are
# reported as unsupported.
def classify(text, plan=None):
    memory = [text]
    memory.append(plan)
    return memory


result = classify("hi", plan="p")
send, receive = 1, 2
cost = send + receive
cost += 1
stream: list = []
print(type(result), result if cost else stream)
for trace in [1, 2]:
    print(trace)
spawn worker()
par:
    pass
prompt "hello"
type Point = int
enum Color = | Red | Green
default = 1
local = default
match = {"case": local}
print(match["case"])
