# List, tuple, dict and set displays, with unpacking inside them.
a = [1, 2]
b = (3, 4)
print([], [1], [1, 2, 3], [*a, *b], [0, *a, 5, *b, 6])
print((), (1,), (1, 2), (*a, *b), 1, 2)
t = 1, 2, 3
print(t, type(t).__name__)
single = 5,
print(single)
print({}, {'a': 1}, {'a': 1, 'b': 2}, {**{'x': 1}, 'y': 2, **{'x': 3}})
print({1: 'one', 1.0: 'float one', True: 'true'})
print({3, 1, 2}, {*a, *b}, set(), {1, 1, 1})
print(type({}).__name__, type({1}).__name__)
print([[1, 2], [3, [4, [5]]]])
print({'nested': {'dict': [1, {'x': (2,)}]}})
print([1, 2, 3,], (1, 2,), {'a': 1,}, {1, 2,})
print(len([*range(5), *"ab"]), [*"hello"])
print({**dict(a=1), **dict(b=2)})
print([i for i in [*a, *b]])
d = {'k': 1}
print({**d, 'k': 2}, d)
print(tuple([*a]), list((*b,)))
x = [*a]
x.append(9)
print(a, x)
print({(1, 2): 'tuple key', frozenset({1}): 'fs key'}[(1, 2)])
print([1] * 3, (0,) * 2, [[0] * 2] * 2)
