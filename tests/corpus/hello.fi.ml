tervehdys = "Hello, world!"
jos Tosi:
    tulosta(tervehdys)
