# Function and method decorators: stacking order, arguments, wraps-like copying.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("return", fn.__name__, result)
        return result
    wrapper.__name__ = "wrapped_" + fn.__name__
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
print(add.__name__)
def tag(name):
    print("making decorator", name)
    def deco(fn):
        print("applying", name, "to", fn.__name__)
        def inner(*a):
            return f"<{name}>{fn(*a)}</{name}>"
        return inner
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(text("hi"))
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one(): pass
@register
def two(): pass
print(registry, one.__name__)
@lambda f: f()
def immediately():
    return "called at definition"
print(immediately)
decos = [trace]
@decos[0]
def indexed(x):
    return x * 2
indexed(4)
class Obj:
    def deco(self, fn):
        return lambda: "method-decorated " + fn()
o = Obj()
@o.deco
def through_attr():
    return "x"
print(through_attr())
@(lambda fn: fn)
def parenthesised():
    return 1
print(parenthesised())
def count_calls(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper
@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), fib.calls)
class K:
    def __repr__(self):
        return 'K()'
    @trace
    def method(self, x):
        return x + 1
K().method(5)
def returns_none(fn):
    return None
@returns_none
def gone():
    pass
print(gone)
order = []
def d(n):
    order.append(("eval", n))
    def deco(f):
        order.append(("apply", n))
        return f
    return deco
@d(1)
@d(2)
@d(3)
def stacked(): pass
print(order)
