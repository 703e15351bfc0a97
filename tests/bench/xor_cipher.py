def make_data(length, seed):
    data = [0] * length
    for index in range(length):
        seed = (seed * 1103515245 + 12345) % 2147483648
        data[index] = seed // 65536 % 256
    return data

def xor_with_key(data, key):
    key_length = len(key)
    result = [0] * len(data)
    for index in range(len(data)):
        result[index] = data[index] ^ key[index % key_length]
    return result

def checksum(data):
    total = 0
    for value in data:
        total = (total * 31 + value) % 1000000007
    return total

size = 1024 * 1024
plain = make_data(size, 42)
key = make_data(16, 7)
encrypted = xor_with_key(plain, key)
decrypted = xor_with_key(encrypted, key)
print(checksum(plain), checksum(encrypted), decrypted == plain)
