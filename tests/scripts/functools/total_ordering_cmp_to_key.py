# total_ordering fills in comparison methods; cmp_to_key adapts old-style comparison functions.
from functools import total_ordering, cmp_to_key
@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
a, b = Version("1.2.10"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Version("2.0"), Version("1.9.9"), Version("1.10"), Version("1.2")]), max(a, b))
@total_ordering
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __eq__(self, other):
        return self.v == other.v
print(OnlyGt(1) < OnlyGt(2), OnlyGt(3) <= OnlyGt(3), OnlyGt(1) >= OnlyGt(2))
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print("ValueError", e)
def compare_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)
words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=cmp_to_key(compare_len_then_alpha)))
print(sorted(words, key=cmp_to_key(lambda x, y: (y > x) - (y < x))))
K = cmp_to_key(compare_len_then_alpha)
print(K("ab") < K("abc"), K("b") > K("a"), K("x") == K("x"))
print(min(words, key=cmp_to_key(compare_len_then_alpha)), max(words, key=cmp_to_key(compare_len_then_alpha)))
