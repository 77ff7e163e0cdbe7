# `s += piece` on a local str: skein extends the string in place while no
# one else has seen it. Every way of seeing it must keep its value.
import sys


def aliases():
    s = ""
    kept = []
    for i in range(6):
        s += str(i)
        kept.append(s)
    print(kept)
    t = s
    s += "x"
    print(t, s, t is s)
    s += s
    print(s)
    d = {s: 1}
    s += "y"
    print(d, s)
    snapshot = locals()["s"]
    s += "z"
    print(snapshot, s)
    frame = sys._getframe()
    before = frame.f_locals["s"]
    s += "w"
    print(before, s)
    return s


def returned():
    s = "a"
    for c in "bcd":
        s += c
    return s


def passed_on():
    s = ""
    out = []
    for i in range(4):
        s += "-"
        out.append(len(s))
        out.append(s)
    return out


def closure():
    s = "start"
    s += "!"
    def inner():
        return s
    r = inner()
    return r, s


def in_generator():
    s = ""
    for i in range(3):
        s += str(i)
        yield s


def mixed_types():
    s = "n"
    try:
        s += 1
    except TypeError as e:
        print("TypeError:", e)
    print(s)
    s = 5
    s += 3
    print(s)
    s = "x"
    s += "é"
    s += "€"
    print(s, len(s), s.isascii())


class Tagged(str):
    def __radd__(self, other):
        return "radd(" + other + ")"


def subclass_operand():
    s = "abc"
    s += Tagged("!")
    print(s)
    s += "d"
    print(s)


print(aliases())
print(returned())
print(passed_on())
print(closure())
print(list(in_generator()))
mixed_types()
subclass_operand()
big = ""
for i in range(1000):
    big += "%03d," % i
print(len(big), big[:12], big[-8:])


def long_loop():
    s = ""
    for i in range(200_000):
        s += "ab"
    return len(s), hash(s) == hash("ab" * 200_000), s == "ab" * 200_000


print(long_loop())
