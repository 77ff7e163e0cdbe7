# TypeError messages for every kind of bad call.
def f(a, b, /, c, d=4, *, e, f=6):
    pass
def g(x):
    pass
def h(x, y=1):
    pass
def k(*, only):
    pass
def none():
    pass
def v(*args):
    pass
def many(a, b, c, d):
    pass
def kw2(*, p, q):
    pass
class C:
    def m(self, x):
        pass
    @staticmethod
    def s(x):
        pass
    @classmethod
    def cm(cls, x):
        pass
    def __init__(self, a):
        pass
five, text, nothing, a_list = 5, "str", None, [1]
calls = [
    lambda: g(),
    lambda: g(1, 2),
    lambda: g(y=1),
    lambda: g(1, x=2),
    lambda: h(),
    lambda: h(1, 2, 3),
    lambda: h(1, z=3),
    lambda: k(),
    lambda: k(1),
    lambda: k(1, only=2),
    lambda: none(1),
    lambda: none(a=1),
    lambda: none(1, 2),
    lambda: v(a=1),
    lambda: many(),
    lambda: many(1),
    lambda: many(1, 2),
    lambda: many(1, 2, 3),
    lambda: kw2(),
    lambda: kw2(p=1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3, e=5),
    lambda: f(a=1, b=2, c=3, e=5),
    lambda: f(1, 2, 3, 4, 5, e=1),
    lambda: f(1, 2, 3, 4, 5, 6),
    lambda: f(1, 2, 3, c=3, e=1),
    lambda: f(1, 2, 3, e=1, g=7),
    lambda: C(),
    lambda: C(1, 2),
    lambda: C(1).m(),
    lambda: C(1).m(1, 2),
    lambda: C.m(1),
    lambda: C.s(),
    lambda: C.cm(),
    lambda: C(1).m(x=1, y=2),
    lambda: g(*1),
    lambda: g(**1),
    lambda: g(**{1: 2}),
    lambda: g(**{"x": 1}, **{"x": 2}),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, *, b: 0)(1, 2),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(x=1),
    lambda: abs(),
    lambda: divmod(1),
    lambda: isinstance(1),
    lambda: int(1, 2, 3),
    lambda: "abc".split(1, 2, 3),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: {}.get(),
    lambda: sorted([], key=None, reversed=True),
    lambda: print(bogus=1),
    lambda: five(),
    lambda: text(),
    lambda: nothing(),
    lambda: a_list(0),
]
for i, c in enumerate(calls):
    try:
        c()
        print(i, "no error")
    except TypeError as e:
        print(i, e)
