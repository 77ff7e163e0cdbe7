# Tuple comparison is lexicographic and element-wise; hash consistency with equal numbers.
pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((2,), (1, 9)), ((1, 2), (1,)), ((), ()), ((1, "a"), (1, "b")),
         ((1.0, 2), (1, 2.0)), ((float("nan"),), (float("nan"),))]
for a, b in pairs:
    print(a, b, a == b, a < b, a <= b, a > b, a >= b)
print(hash((1, 2.0)) == hash((1.0, 2)), hash((True,)) == hash((1,)), hash(((1, 2), 3)) == hash(((1, 2), 3)))
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print("TypeError", e)
print((1, 2) < (2, "x"))
nan = float("nan")
t = (nan,)
print(t == t, (nan,) == (nan,), t[0] is nan)
s = {(1, 2), (1.0, 2.0), (2, 1)}
print(len(s))
