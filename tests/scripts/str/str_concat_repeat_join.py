# Building strings: concatenation in loops, join with various iterables, repetition.
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
s = ""
for ch in "abcde":
    s = ch + s
print(s)
print(", ".join(map(str, range(10))), "".join(reversed("stressed")))
print("-".join("abc"), "-".join(["x"]), "-".join([]), repr("".join([])))
print("\n".join(f"{i:>3}: {'*' * i}" for i in range(1, 6)))
print(" ".join(w.capitalize() for w in "the quick brown fox".split()))
print("+".join({"b": 1, "a": 2}), ".".join(("1", "2", "3")))
print(("ab" * 3)[1:-1], "=" * 20)
try:
    "".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
try:
    "".join(None)
except TypeError as e:
    print("TypeError", e)
class S(str):
    pass
print(type("".join([S("a"), S("b")])).__name__, "".join([S("only")]))
big = "x" * 100000
print(len(big), len(big + big), big[5000:5003])
