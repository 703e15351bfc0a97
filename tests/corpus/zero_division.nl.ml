definieer ratio(top, bottom):
    retourneer top // bottom

afdrukken("start")
afdrukken(ratio(10, 2))
afdrukken(ratio(1, 0))
afdrukken("not reached")
