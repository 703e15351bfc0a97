def make_data(target):
    parts = ["["]
    length = 1
    seed = 1
    index = 0
    while length < target:
        seed = (seed * 1103515245 + 12345) % 2147483648
        number = seed // 65536 % 10000
        item = '{"id": ' + str(index) + ', "name": "item' + str(number) + '", "tags": ["a", "bc"], "value": ' + str(number) + ', "nested": {"ok": true, "none": null}}'
        if index > 0:
            item = ", " + item
        parts.append(item)
        length += len(item)
        index += 1
    parts.append("]")
    return "".join(parts)

def skip_spaces(text, position):
    while text[position] == " ":
        position += 1
    return position

def parse_value(text, position, stats):
    position = skip_spaces(text, position)
    char = text[position]
    if char == "{":
        stats[0] += 1
        position = skip_spaces(text, position + 1)
        if text[position] == "}":
            return position + 1
        while True:
            position = parse_value(text, position, stats)
            position = skip_spaces(text, position)
            position = parse_value(text, position + 1, stats)
            position = skip_spaces(text, position)
            if text[position] == ",":
                position += 1
            else:
                return position + 1
    if char == "[":
        stats[1] += 1
        position = skip_spaces(text, position + 1)
        if text[position] == "]":
            return position + 1
        while True:
            position = parse_value(text, position, stats)
            position = skip_spaces(text, position)
            if text[position] == ",":
                position += 1
            else:
                return position + 1
    if char == '"':
        end = position + 1
        while text[end] != '"':
            end += 1
        stats[2] += end - position - 1
        return end + 1
    if char == "t":
        stats[4] += 1
        return position + 4
    if char == "n":
        stats[4] += 1
        return position + 4
    number = 0
    while text[position] >= "0" and text[position] <= "9":
        number = number * 10 + ord(text[position]) - 48
        position += 1
    stats[3] += number
    return position

text = make_data(1024 * 1024)
stats = [0, 0, 0, 0, 0]
end = parse_value(text, 0, stats)
print(len(text), end)
print("objects", stats[0], "arrays", stats[1], "string chars", stats[2], "number sum", stats[3], "literals", stats[4])
