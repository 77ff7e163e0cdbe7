# Bigger comprehension workloads: sieve, pythagorean triples, char counts, transposition.
N = 200
sieve = [n for n in range(2, N) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(len(sieve), sieve[:10], sieve[-3:])
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
text = "the quick brown fox jumps over the lazy dog the end"
counts = {w: text.split().count(w) for w in text.split()}
print(counts)
letters = {c: text.count(c) for c in sorted(set(text)) if c != " "}
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
grid = [[r * 4 + c for c in range(4)] for r in range(3)]
print([list(col) for col in zip(*grid)])
print(sum(sum(row) for row in grid), max(max(row) for row in grid))
flat = [v for row in grid for v in row]
print(flat == list(range(12)))
pairs = {(i, j) for i in range(4) for j in range(4) if i < j}
print(len(pairs), sorted(pairs)[:3])
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in (12, 13, 28)})
