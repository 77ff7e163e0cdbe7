# iter/next/aiter-free builtins: iter on many types, next defaults, len of iterators not defined.
for obj in ["ab", [1, 2], (3,), {"k": 1}, {5}, range(2), b"xy", bytearray(b"z"), {"a": 1}.items(), enumerate("q"), zip("a", "b")]:
    it = iter(obj)
    print(type(obj).__name__, next(it), next(it, "<end>"), iter(it) is it)
try:
    len(iter([1, 2]))
except TypeError as e:
    print("TypeError", e)
it = iter(range(3))
print(list(it), next(it, None))
print(next(iter([]), "default"), next(iter("x"), "default"))
