# __index__ lets objects act as integers for indexing, slicing, bin/hex/oct, range and repetition.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i1, i3 = Idx(1), Idx(3)
data = list(range(10))
print(data[i3], data[i1:i3], data[::i3], "hello"[i1], (1, 2, 3)[i1], b"xyz"[i1])
print(range(i3), list(range(i1, Idx(8), i3)), "ab" * i3, [0] * i3, i3 * "x")
print(bin(Idx(5)), oct(Idx(8)), hex(Idx(255)), format(Idx(3).__index__(), "b"))
print(int(Idx(12)), complex(Idx(2)), float(Idx(4)))
data[i1] = "set"
del data[i3]
print(data[:4])
import operator
print(operator.index(Idx(-4)), operator.index(True))
try:
    operator.index(2.5)
except TypeError as e:
    print("TypeError", e)
try:
    pair = [1, 2]
    pair[1.0]
except TypeError as e:
    print("TypeError", e)
try:
    text = "abc"
    text["1"]
except TypeError as e:
    print("TypeError", e)
try:
    tup = (1, 2)
    tup[None]
except TypeError as e:
    print("TypeError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    [1, 2, 3][1.0:2]
except TypeError as e:
    print("TypeError", e)
print([1, 2, 3][True], [1, 2, 3][None:None], "abc"[-Idx(1).__index__()])
print(chr(Idx(65)), round(3.14159, Idx(2)), pow(Idx(2), 10) if False else "skip")
print(divmod(17, 5), (17).__divmod__(5), hex(2**64 + Idx(1).__index__())[2:])
