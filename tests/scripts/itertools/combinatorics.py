# product, permutations, combinations, combinations_with_replacement: order and counts.
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])), list(product("ab", repeat=2)), list(product()), list(product("ab", [])))
print(len(list(product(range(3), repeat=4))), list(product([0, 1], [0, 1], [0, 1]))[:4])
print(list(permutations("abc")), list(permutations("abcd", 2))[:6], list(permutations([], 0)), list(permutations("ab", 3)))
print(list(combinations("abcd", 2)), list(combinations(range(5), 3))[:4], list(combinations("ab", 0)), list(combinations("ab", 5)))
print(list(combinations_with_replacement("abc", 2)), len(list(combinations_with_replacement(range(4), 3))))
print(["".join(p) for p in permutations("aab")])
print(sum(1 for _ in permutations(range(6))), sum(1 for _ in combinations(range(10), 4)))
words = ["".join(p) for p in product("01", repeat=3)]
print(words)
