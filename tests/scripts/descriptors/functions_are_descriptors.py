# Functions, classmethods and staticmethods through the descriptor protocol.
def f(self, x=0):
    return ("f", type(self).__name__, x)
class C:
    pass
c = C()
bound = f.__get__(c, C)
print(bound(5), type(bound).__name__, bound.__self__ is c, bound.__func__ is f)
print(f.__get__(None, C) is f)
C.g = f
print(c.g(1), C.g(c, 2))
cm = classmethod(f)
print(cm.__get__(None, C)(3), cm.__get__(c)(4))
sm = staticmethod(len)
print(sm.__get__(None, C)("abc"), sm.__get__(c, C) is len)
print(hasattr(f, "__get__"), hasattr(f, "__set__"), hasattr(property(), "__set__"))
MethodType = type(c.g)
m = MethodType(f, "a string")
print(m(7))
class Method:
    def m(self):
        return self
obj = Method()
print(Method.__dict__["m"].__get__(obj)() is obj)
print(obj.m.__get__(Method()) is not None)
class WithLen:
    __len__ = lambda self: 3
    __getitem__ = len
print(len(WithLen()))
try:
    WithLen()[0]
except TypeError as e:
    print("TypeError", e)
class WithBuiltin:
    say = print
WithBuiltin().say("builtins do not bind as methods")
