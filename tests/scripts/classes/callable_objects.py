# __call__ makes instances callable; callable() checks; call on class vs instance.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, **kw):
        return self.n + x + sum(rest) + sum(kw.values())
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(0, k=10), callable(add5), callable(Adder))
print(list(map(Adder(100), [1, 2, 3])))
class NotCallable:
    pass
print(callable(NotCallable()), callable(NotCallable), callable(len), callable("s"), callable(None))
try:
    NotCallable()()
except TypeError as e:
    print("TypeError", e)
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c()
print(c(), c.calls)
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), type(fib).__name__, len(fib.cache))
class InstanceCallAttr:
    pass
obj = InstanceCallAttr()
obj.__call__ = lambda: "instance attribute is ignored"
try:
    obj()
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    def __call__(cls, *args):
        print("metaclass __call__", cls.__name__, args)
        return super().__call__(*args)
class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(WithMeta(7).v)
class CallReturnsSelf:
    def __call__(self):
        return self
x = CallReturnsSelf()
print(x()()() is x)
