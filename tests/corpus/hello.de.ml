gruss = "Hello, world!"
wenn Wahr:
    ausgeben(gruss)
