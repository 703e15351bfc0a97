# Filtrage par motifs (Python 3.12) : tous les genres de motifs.
déf kind_of(value):
    selon value:
        cas 0 | 1 | -1:
            retour "small"
        cas 3.5 | "text" | b"raw":
            retour "literal"
        cas Rien | Vrai | Faux:
            retour "singleton"
        cas [first, *rest] si first > 0:
            retour "list"
        cas (a, _, *_):
            retour "tuple"
        cas {"key": inner, **others}:
            retour "mapping"
        cas Point(x=0, y=py) comme point:
            retour "on axis"
        cas Point(px, 0):
            retour "class"
        cas Color.RED | Color.GREEN:
            retour "color"
        cas [[nested, *deep], (x, y)] | [x, y]:
            retour "nested"
        cas chaine() | entier(value):
            retour "type"
        défaut:
            retour "other"


selon command.split():
    cas [action]:
        passer
    cas action, obj:
        passer
    cas _:
        passer
