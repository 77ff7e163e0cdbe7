import itertools as it
tests = ['it.count("a")', 'it.count(1, "a")', 'it.repeat()', 'it.repeat(1, "a")', 'it.cycle(1)', 'it.cycle()', 'it.chain(x=1)', 'next(it.chain(1))', 'it.compress(1, [])', 'it.compress([1])',
 'it.dropwhile(1)', 'it.dropwhile(None, 1)', 'it.groupby(1)', 'it.islice([1])', 'it.islice([1], -1)', 'it.islice([1], "a")', 'it.islice([1], -1, 2)', 'it.islice([1], 0, 2, 0)', 'it.islice([1], 0, 2, -1)', 'it.islice(1, 2)', 'it.islice([1], 1, 2, 3, 4)',
 'it.pairwise(1)', 'it.starmap(None, 1)', 'list(it.starmap(pow, [1]))', 'it.tee(1)', 'it.tee([1], -1)', 'it.zip_longest(1)', 'it.zip_longest([], 1)', 'it.zip_longest([], x=2)', 'it.product(1)', 'it.product([1], repeat=-1)', 'it.permutations(1)', 'it.permutations([1], -1)', 'it.permutations([1], "a")',
 'it.combinations([1])', 'it.combinations([1], -1)', 'it.combinations_with_replacement([1], -1)', 'it.batched([1], 0)', 'it.batched(1, 2)', 'it.batched([1])', 'it.accumulate(1)', 'it.repeat(1).__length_hint__()', 'it.repeat(1,3).__length_hint__()',
 'it.count(5)', 'it.count(5, 2)', 'it.count(1.0)', 'it.count(1, 1.0)', 'it.count(0.5, 0.25)', 'it.repeat(1, 3)', 'it.repeat("a")', 'it.repeat(1, -2)', 'it.chain([1])', 'it.chain.from_iterable([1])', 'it.groupby([1])', 'next(it.groupby([1]))', 'it.tee([1])', 'it.islice([1], 2)', 'it.batched([1],1)',
 'type(it.tee([1])[0])', 'it.count(2**70)', 'it.count(start=3, step=-1)', 'it.repeat(times=2, object=3)', 'it.product.__module__', 'it.accumulate([1,2], initial=0)', 'list(it.accumulate([1,2,3], initial=10))', 'list(it.accumulate([]))', 'list(it.accumulate([], initial=1))',
 'it.combinations([1],r=1)', 'list(it.islice("abcdef", None, None, 2))', 'list(it.islice("abcdef", 2, None))', 'list(it.islice(it.count(), 3, 10, 3))', 'c = it.count(3); next(c); c', 'r = it.repeat(1, 2); next(r); r', 'it.tee(it.tee([1])[0], 3)', 'next(it.compress([1],[1]))', 'it.cycle([])', 'it.filterfalse(None, [0,1])', 'list(it.filterfalse(None, [0,1,2,0]))', 'list(it.zip_longest("ab", "c", fillvalue="-"))','list(it.pairwise("abc"))','list(it.batched("abcdefg", 3))', 'list(it.permutations("abc", 2))', 'list(it.combinations_with_replacement("ab", 3))', 'list(it.product("ab", repeat=2))', 'list(it.permutations([], 0))', 'list(it.combinations("ab", 3))', 'it.tee([1], 0)', 'list(it.product())']
for t in tests:
    try:
        if ';' in t:
            ns = {'it': it}; *pre, last = t.split(';'); exec(';'.join(pre), ns); r = eval(last, ns)
        else: r = eval(t)
        print(t, '->', repr(r))
    except Exception as e: print(t, '!!', type(e).__name__, e)
