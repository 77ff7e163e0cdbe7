import itertools as it, random, operator
rng = random.Random(7)
for n in range(0, 6):
    pool = 'abcdef'[:n]
    for r in range(0, n + 2):
        print(n, r, list(it.permutations(pool, r)) == sorted(it.permutations(pool, r)), len(list(it.permutations(pool, r))),
              list(it.combinations(pool, r))[:4], len(list(it.combinations_with_replacement(pool, r))),
              list(it.combinations_with_replacement(pool, r))[-3:], list(it.permutations(pool, r))[-2:])
    print(list(it.product(pool, repeat=2))[-3:], len(list(it.product(pool, 'xy', repeat=2))))
for case in range(200):
    data = [rng.randint(0, 5) for _ in range(rng.randint(0, 12))]
    args = [rng.choice([None, rng.randint(0, 14)]) for _ in range(3)]
    if args[2] == 0: args[2] = None
    try:
        res = list(it.islice(data, *args))
    except ValueError as e:
        res = str(e)
    src = iter(data)
    part = list(it.islice(src, args[0] or 0, args[1]))
    print(case, res, part, list(src), [(k, len(list(g))) for k, g in it.groupby(data)],
          [(k, list(g)) for k, g in it.groupby(sorted(data), key=lambda x: x // 2)],
          list(it.accumulate(data, operator.mul, initial=1))[-2:], list(it.batched(data, 1 + case % 4))[-1:],
          list(it.pairwise(data))[:2], list(it.compress(data, data)), list(it.takewhile(bool, data)),
          list(it.dropwhile(bool, data)), list(it.filterfalse(lambda x: x % 2, data)),
          list(it.zip_longest(data, data[::2], fillvalue='-'))[-2:], list(it.starmap(max, zip(data, data[1:]))))
    a, b, c = it.tee(data, 3)
    print(list(it.islice(a, 3)), list(b), list(a), list(c))
