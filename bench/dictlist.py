# Dict and list work: building, lookups with str and int keys, updates,
# iteration, comprehensions, sorting and slicing.


def words(n):
    counts = {}
    keys = ["w%d" % (i % 5000) for i in range(n)]
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    total = 0
    for k, v in counts.items():
        if k in counts:
            total += v
    return len(counts), total


def ints(n):
    d = {}
    for i in range(n):
        d[i * 7 % 100003] = i
    hits = 0
    for i in range(n):
        if i in d:
            hits += d[i]
    return len(d), hits


def lists(n):
    data = [(i * 7919) % 10007 for i in range(n)]
    squares = [x * x for x in data if x % 3]
    data.sort()
    pairs = list(zip(data[::2], data[1::2]))
    total = 0
    for a, b in pairs:
        total += b - a
    stack = []
    for x in data:
        stack.append(x)
        if len(stack) > 100:
            stack.pop()
    return total, len(squares), sum(squares[:100]), data[-1]


def nested(n):
    table = {}
    for i in range(n):
        row = table.setdefault(i % 100, [])
        row.append({"id": i, "name": "n" + str(i)})
    return sum(len(v) for v in table.values()), table[42][-1]["name"]


print(words(500_000))
print(ints(300_000))
print(lists(300_000))
print(nested(100_000))
