# Reordered forms (ITERABLE में X के_लिए:, COND अगर:, COND जबतक:, EXPR साथ:), also first in a
# block and right after a dedent.
numbers = [3, 1, 2]
total = 0
numbers में n के_लिए:
    n > 1 अगर:
        total += n
    वरना:
        total -= 1
    total > 10 जबतक:
        total -= 10
total > 0 अगर:
    range(2) में m के_लिए:
        छापो(m, total)
open("data.txt") साथ:
    छोड़ो
छापो(total)
