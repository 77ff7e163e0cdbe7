# in / not in through __contains__, __iter__ and __getitem__; is / is not.
print(1 in [1, 2], 3 not in (1, 2), "ab" in "cabd", "" in "x", "x" in "")
print(1 in {1: "a"}, "a" in {1: "a"}, 2 in {1, 2}, 5 in range(0, 10, 5), 4 in range(0, 10, 5))
print(b"b" in b"abc", 98 in b"abc", [1] in [[1], 2], (1,) in {(1,)})
class C:
    def __contains__(self, x):
        print("contains", x)
        return x == 3
print(3 in C(), 4 in C(), 4 not in C())
class It:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])
print(2 in It(), 7 in It())
class G:
    def __getitem__(self, i):
        print("getitem", i)
        if i > 3:
            raise IndexError(i)
        return i * 10
print(20 in G(), 99 in G())
class Truthy:
    def __contains__(self, x):
        return "yes"
print(1 in Truthy())
try:
    1 in 5
except TypeError as e:
    print("TypeError", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan])
a = []
print(a is a, a is not [], None is None, type(a) is list, a is not None)
print(int.__name__ in dir(__builtins__) if False else "ok")
class EqAll:
    def __eq__(self, other):
        return True
print(EqAll() in [1, 2], 5 in [EqAll()])
print(1.0 in [1], True in [1], 1 in [True], 0 in [False, 1])
