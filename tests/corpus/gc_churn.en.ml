# Allocates about 1 GB of short-lived strings and lists; the default heap limit is 64 MB,
# so this only finishes if the collector reclaims memory.
total = 0
for step in range(100000):
    chunk = "ab" * 5000
    parts = [step, step + 1, chunk]
    total += len(chunk) + len(parts)
print(total)
