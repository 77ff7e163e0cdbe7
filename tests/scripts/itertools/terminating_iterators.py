# accumulate, chain, chain.from_iterable, compress, dropwhile, takewhile, filterfalse, islice, pairwise, starmap, zip_longest, batched.
from itertools import (accumulate, chain, compress, dropwhile, takewhile, filterfalse, islice, pairwise,
                       starmap, zip_longest, batched)
import operator
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([])), list(accumulate("abc")))
print(list(chain("ab", [1, 2], (3,))), list(chain()), list(chain.from_iterable(["xy", "z", []])))
print(list(compress("abcdef", [1, 0, 1, 0, 1])), list(compress(range(10), (x % 3 == 0 for x in range(10)))))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 2])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1, 2])))
print(list(filterfalse(None, [0, 1, "", "a"])), list(filterfalse(lambda x: x % 2, range(8))))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 1, None, 2)), list(islice("abc", 10)))
print(list(pairwise("abcd")), list(pairwise([1])), list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(operator.add, ["ab", "cd"])))
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()))
print(list(batched("abcdefg", 3)), list(batched(range(4), 2)), list(batched([], 5)))
for bad in [lambda: list(islice("abc", -1)), lambda: list(batched("abc", 0)), lambda: list(islice("a", 0, 5, 0))]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
