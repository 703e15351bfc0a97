importa sys
stampa("working")
status = 3
se status > 0:
    sys.exit(status)
stampa("not reached")
