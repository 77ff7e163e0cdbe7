# count, cycle, repeat: infinite iterators sliced with islice or zip.
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 4)), list(islice(count(5, -2), 4)))
print(list(zip(count(1), "abc")), list(islice(cycle("ab"), 5)), list(islice(cycle([]), 3)))
print(list(repeat("x", 3)), list(repeat(None, 0)), list(islice(repeat(7), 4)), list(map(pow, range(5), repeat(2))))
c = count(3)
print(next(c), next(c), repr(c), repr(count(1, 2)), repr(repeat(1, 2)))
cy = cycle([1, 2])
print([next(cy) for _ in range(5)])
