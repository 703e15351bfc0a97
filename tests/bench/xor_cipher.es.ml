def make_data(length, seed):
    data = [0] * length
    para index en rango(length):
        seed = (seed * 1103515245 + 12345) % 2147483648
        data[index] = seed // 65536 % 256
    devolver data

def xor_with_key(data, key):
    key_length = longitud(key)
    result = [0] * longitud(data)
    para index en rango(longitud(data)):
        result[index] = data[index] ^ key[index % key_length]
    devolver result

def checksum(data):
    total = 0
    para value en data:
        total = (total * 31 + value) % 1000000007
    devolver total

size = 1024 * 1024
plain = make_data(size, 42)
key = make_data(16, 7)
encrypted = xor_with_key(plain, key)
decrypted = xor_with_key(encrypted, key)
imprimir(checksum(plain), checksum(encrypted), decrypted == plain)
