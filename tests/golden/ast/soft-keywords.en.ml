# `match`, `case` and `default` are names except where they start a match statement or a case.
match = {"match": 1}
match["case"] = case = default = 2
result = re.match(pattern, text)
match(value)
match value:
    case default:
        pass
