# split() returns (match, rest); each half keeps the nesting of the original.
eg = ExceptionGroup("top", [
    ValueError(1),
    ExceptionGroup("a", [TypeError(2), ValueError(3)]),
    ExceptionGroup("b", [KeyError(4)]),
])

for cond in (ValueError, (TypeError, KeyError), LookupError, OSError, Exception):
    match, rest = eg.split(cond)
    name = cond.__name__ if isinstance(cond, type) else tuple(c.__name__ for c in cond)
    print(name)
    print("  match:", repr(match))
    print("  rest: ", repr(rest))

match, rest = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
print("predicate match:", repr(match))
print("predicate rest: ", repr(rest))

match, rest = eg.split(Exception)
print("all match is self:", match is eg, "rest:", rest)
match, rest = eg.split(OSError)
print("none match:", match, "rest is self:", rest is eg)

beg = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError("v")])
m, r = beg.split(Exception)
print(type(m).__name__, repr(m))
print(type(r).__name__, repr(r))
m, r = beg.split(KeyboardInterrupt)
print(type(m).__name__, repr(m))
print(type(r).__name__, repr(r))
