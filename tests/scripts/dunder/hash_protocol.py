# __hash__ values: ints, floats, tuples and custom objects; dict/set key behaviour.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-2**61))
print(hash(1.0) == hash(1), hash(1.5), hash(-0.0), hash(0.0), hash(True), hash(False))
print(hash(10**20) == hash(float(10**20)) == hash(10**20 + 0j), hash(complex(1, 0)) == hash(1))
print(hash(None) == hash(None), hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)))
print(hash(float("inf")), hash(float("-inf")), hash(1e300), hash(0.5), hash(2.5))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(range(3)) == hash(range(3)))
for unhashable in ([], {}, set(), bytearray(), ([1],)):
    try:
        hash(unhashable)
    except TypeError as e:
        print("TypeError", e)
class K:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        print("hash", self.k)
        return hash(self.k)
    def __eq__(self, other):
        print("eq", self.k, other.k)
        return self.k == other.k
d = {}
d[K(1)] = "one"
d[K(1)] = "one again"
print(len(d))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
d = {1: "int", 1.0: "float", True: "bool"}
print(d, {1.0: "x"}.get(1), {0: "zero"}[False])
print({(1, 2): "a"}[(1.0, 2.0)])
