# copy and deepcopy of instances of classes written in Python, through
# object.__reduce_ex__ / __getstate__ (copyreg's generic protocol).
import copy
import copyreg


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


class Slotted:
    __slots__ = ("a", "b", "__hidden")

    def __init__(self, a):
        self.a = a
        self.__hidden = [a]

    def peek(self):
        return self.__hidden


class Tagged(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


class WithNewArgs:
    def __new__(cls, n):
        self = super().__new__(cls)
        self.n = n
        return self

    def __getnewargs__(self):
        return (self.n,)


class Custom:
    def __init__(self):
        self.log = []

    def __reduce__(self):
        return (Custom, ())


p = Point([1, 2], "y")
shallow, deep = copy.copy(p), copy.deepcopy(p)
print(shallow, deep, shallow.x is p.x, deep.x is p.x, deep.x == p.x)

s = Slotted(5)
s2 = copy.deepcopy(s)
print(s2.a, s2.peek(), s2.peek() is s.peek(), hasattr(s2, "b"))
print(s.__getstate__())
print(copyreg._slotnames(Slotted))

t = Tagged([1, [2]], "tag")
t2 = copy.deepcopy(t)
print(t2, t2.tag, type(t2).__name__, t2[1] is t[1])

w = copy.copy(WithNewArgs(7))
print(w.n, WithNewArgs(3).__reduce_ex__(2)[1][1:])

c = Custom()
c.log.append("x")
print(copy.copy(c).log)

print(Point(1, 2).__getstate__(), object().__getstate__())
print(Point(1, 2).__reduce_ex__(2)[1:])
print(Point(1, 2).__reduce__()[1:])
try:
    Slotted(1).__reduce_ex__(1)
except TypeError as e:
    print("TypeError:", e)
