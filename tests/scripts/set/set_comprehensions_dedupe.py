# Sets for deduplication and membership tests; preserving order with dict.fromkeys.
data = [5, 3, 5, 1, 3, 9, 1, 7]
print(sorted(set(data)), list(dict.fromkeys(data)), len(set(data)))
seen = set()
first_dups = []
for x in data:
    if x in seen:
        first_dups.append(x)
    seen.add(x)
print(first_dups, sorted(seen))
squares = {x * x for x in range(-5, 6)}
print(sorted(squares), len(squares))
primes = set(range(2, 50))
for n in range(2, 8):
    primes -= set(range(n * n, 50, n))
print(sorted(primes))
a = {x for x in range(20) if x % 2 == 0}
b = {x for x in range(20) if x % 3 == 0}
print(sorted(a & b), sorted(a - b)[:5], len(a | b))
words = ["Apple", "apple", "APPLE", "banana"]
print(len({w.lower() for w in words}), sorted({len(w) for w in words}))
print({1, 2, 3} > {1}, max({4, 9, 2}), min({4, 9, 2}), sum({1, 2, 3}), sorted({3, 1, 2}, reverse=True))
