# hash() values of numbers, tuples and None, equal for equal numbers across types; id identity.
print(hash(0), hash(1), hash(-1), hash(123456789), hash(2**61 - 1), hash(2**61), hash(2**62), hash(-(2**70)))
print(hash(0.5), hash(1.5), hash(-2.5), hash(1e20), hash(float(2**61)), hash(0.1))
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j), hash(2**100) == hash(float(2**100)))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((None,)) == hash((None,)))
print(hash(None), hash(None) == hash(None), hash(range(0)) == hash(range(5, 5)))
print(hash(complex(1, 2)), hash(1.5 + 0j) == hash(1.5), hash(frozenset()) == hash(frozenset()))
x = object()
y = x
print(id(x) == id(y), x is y, id(x) != id(object()) or "could be equal for temporaries")
nums = [hash(i) for i in range(10)]
print(nums)
