# C3 linearisation for diamonds and complex hierarchies, and the MRO conflict error.
def names(cls):
    return [c.__name__ for c in cls.__mro__]
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print(names(Z))
class Top: pass
class Left(Top): pass
class Right(Top): pass
class Bottom(Left, Right): pass
print(names(Bottom))
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX): pass
except TypeError as e:
    print("TypeError", e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print("TypeError", e)
try:
    class Order(Top, Left): pass
except TypeError as e:
    print("TypeError", e)
class Fine(Left, Top): pass
print(names(Fine))
print(names(bool), names(type))
class M(type):
    def mro(cls):
        return [cls, object]
class Custom(Left, metaclass=M): pass
print(names(Custom))
