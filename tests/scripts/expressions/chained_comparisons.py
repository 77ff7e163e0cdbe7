# Chained comparisons evaluate each operand once and short-circuit.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(1) < v(0) < v(3), calls)
calls.clear()
print(v(3) > v(2) >= v(2) == v(2) != v(5), calls)
calls.clear()
print(v(1) == v(1) is not None, calls)
x = 5
print(0 < x < 10, 0 < x > 10, 1 <= x <= 5, 5 < x <= 10)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2 < 5)
print(1 in [1] in [[1]], 'a' in 'abc' not in 'xyz', 2 not in [1] in [[1]])
print(x is x is x, None is None is not x)
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c, a == c == b)
print("abc" < "abd" < "b", (1, 2) < (1, 3) < (2,), [1] < [1, 0] < [2])
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("lt", self.n, other.n)
        return self.n < other.n
print(Loud(1) < Loud(2) < Loud(0) < Loud(9))
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError", e)
try:
    print(1 < 2 < "x")
except TypeError as e:
    print("TypeError", e)
print(1 < 2 > "x" if False else "skipped")
print(float('nan') < 1 or float('nan') >= 1, float('nan') != float('nan'))
