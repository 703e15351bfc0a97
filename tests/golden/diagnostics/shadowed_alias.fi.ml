# A program may bind a localized builtin alias; English builtins work in every language.
pituus = 3
maarittele laske(lista):
    palauta pituus + len(lista)
tulosta(laske([1, 2]), tuntematon)
