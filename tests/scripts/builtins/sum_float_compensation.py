# sum(): CPython 3.12's int, compensated-float and generic loops, and how they hand over.
print(sum([-0.0]), sum([-0.0,-0.0]), sum([1e308,1e308,-1e308]), sum([0.1j]*10), sum([0.1]*10), sum([1, 0.1, 2**70, 0.2]), sum([True, 0.5]), sum([], -0.0))
print(sum([1e100, 1.0, -1e100]), sum([0.1]*10, 0.5), sum(range(10)), sum([2**62, 2**62, 2**62]), sum([1, 2**64, -2**64]), sum([1.5, 2**64, 0.1]))
print(sum([[1],[2]], []), sum([0.1, 0.2, 0.3], 1), sum([1, 2.5, 3], 0.0), sum([float('inf'), 1.0]), sum([float('nan'), 1.0]), sum([-0.0], -0.0))
class N(int): pass
print(sum([N(3), 4]), type(sum([N(3), 4])).__name__, sum([0.5, N(2)]), sum([True, True]), sum([1.0, True]))
print(sum([1e16, 1.0, 1.0]), sum([1, 1e16, 1.0, 1.0]))
