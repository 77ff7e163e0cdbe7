# Sets of user-defined objects rely on __hash__ and __eq__; mutation after insertion.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, P) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x}, {self.y})"
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, P(3, 3) in s, sorted(s, key=lambda p: (p.x, p.y)))
p = P(5, 5)
s.add(p)
p.x = 6
print(p in s, P(6, 5) in s, P(5, 5) in s, len(s))
class Same:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return False
items = {Same(), Same(), Same()}
print(len(items))
class AlwaysEq:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return True
print(len({AlwaysEq(), AlwaysEq()}))
print(len({1, 1.0, True, 2, 2.0}), len({"a", "a"}), len({None, None}), len({(1,), (1,)}))
