# Small recipes built from itertools, written out in full.
from itertools import islice, chain, count, groupby, tee, zip_longest, accumulate, repeat, starmap
def take(n, it):
    return list(islice(it, n))
def flatten(list_of_lists):
    return list(chain.from_iterable(list_of_lists))
def sliding_window(it, n):
    its = tee(it, n)
    for i, sub in enumerate(its):
        for _ in range(i):
            next(sub, None)
    return zip(*its)
def unique_justseen(it):
    return [k for k, _ in groupby(it)]
def grouper(it, n, fill=None):
    args = [iter(it)] * n
    return list(zip_longest(*args, fillvalue=fill))
def running_mean(xs):
    return [total / i for i, total in enumerate(accumulate(xs), 1)]
def triangular():
    return accumulate(count(1))
print(take(5, triangular()), flatten([[1, 2], [3], []]), list(sliding_window(range(6), 3)))
print(unique_justseen("AAAABBBCCDAABBB"), grouper("ABCDEFG", 3, "x"), running_mean([2, 4, 6, 8]))
print(list(starmap(lambda a, b: a * b, zip(range(5), repeat(10)))), take(3, (p for p in count(2) if all(p % d for d in range(2, p)))))
