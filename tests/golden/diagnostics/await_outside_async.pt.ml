# aguarde (await) needs an assíncrono (async) function.
assíncrono defina buscar(x):
    retorne x

assíncrono defina principal():
    retorne aguarde buscar(1)

defina sincrona():
    retorne aguarde buscar(2)

aguarde buscar(3)
