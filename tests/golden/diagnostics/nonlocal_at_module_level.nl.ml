# niet_lokaal (nonlocal) has no meaning at module level.
teller = 0
niet_lokaal teller

definieer verhoog():
    globaal teller
    teller = teller + 1

afdrukken(teller)
