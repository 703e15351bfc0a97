# Structural pattern matching (Python 3.12): every kind of pattern.
def kind_of(value):
    match value:
        case 0 | 1 | -1:
            return "small"
        case 3.5 | "text" | b"raw":
            return "literal"
        case None | True | False:
            return "singleton"
        case [first, *rest] if first > 0:
            return "list"
        case (a, _, *_):
            return "tuple"
        case {"key": inner, **others}:
            return "mapping"
        case Point(x=0, y=py) as point:
            return "on axis"
        case Point(px, 0):
            return "class"
        case Color.RED | Color.GREEN:
            return "color"
        case [[nested, *deep], (x, y)] | [x, y]:
            return "nested"
        case str() | int(value):
            return "type"
        default:
            return "other"


match command.split():
    case [action]:
        pass
    case action, obj:
        pass
    case _:
        pass
