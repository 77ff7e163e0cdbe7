# frozenset: immutability, hashability, use as dict keys and set elements, mixed operations.
f = frozenset([3, 1, 2])
print(sorted(f), len(f), 2 in f, type(f | {4}).__name__, type({4} | f).__name__, type(f & {1}).__name__)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
print(hash(f) == hash(frozenset([1, 2, 3])), frozenset() == frozenset([]), hash(frozenset()) == hash(frozenset()))
graph_edges = {frozenset({1, 2}): "a-b", frozenset({2, 3}): "b-c"}
print(graph_edges[frozenset({2, 1})])
sets_of_sets = {frozenset({1}), frozenset({1}), frozenset({2, 3})}
print(len(sets_of_sets), sorted(sorted(s) for s in sets_of_sets))
try:
    {{1}}
except TypeError as e:
    print("TypeError", e)
try:
    {1: 2}[{1}]
except TypeError as e:
    print("TypeError", e)
print(f.union([9]) == {1, 2, 3, 9}, f.copy() == f, f.issubset({1, 2, 3}), frozenset("aab") == frozenset("ab"))
print(repr(frozenset()), repr(frozenset({5})), repr(set()), repr({5}))
