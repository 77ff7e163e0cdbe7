# slice objects: attributes, indices(), use with different sequences, equality, hashing in 3.12.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None, 3), slice(1, None, -1))
print(s.indices(5), s.indices(100), slice(None).indices(3), slice(-3, None).indices(5), slice(None, None, -2).indices(7))
print(slice(-100, 100).indices(10), slice(10, -10, -3).indices(8))
data = list(range(12))
print(data[s], "abcdefghijkl"[s], tuple(data)[s], range(12)[s], bytes(range(12))[s])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError", e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError", e)
try:
    print(hash(slice(1, 2)) == hash(slice(1, 2)))
except TypeError as e:
    print("TypeError", e)
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1:2], r[::3], r[:], r["a":"b":"c"], r[1:2, ::3])
try:
    slice()
except TypeError as e:
    print("TypeError", e)
