# __class__ assignment: which classes may be swapped, and CPython's messages when not.
import types
class A: pass
class B: pass
class S: __slots__=('a',)
class T: __slots__=('b',)
class S2: __slots__=('a',)
class SS(S): pass
class U: __slots__ = ('x', 'y')
class V: __slots__ = ('y', 'x')
class MyMod(types.ModuleType): pass
class L(list): pass
class L2(list): pass
class AA(A): pass
m = types.ModuleType('m')
tests = [(A(), 5), (A(), int), (A(), B), (S(), T), (A(), S), (1, float), (L(), L2), (L(), list), ([], L), (m, MyMod), (MyMod('x'), types.ModuleType), (A(), MyMod), (S(), S2), (S(), SS), (SS(), S2), (A(), AA), (AA(), B), (U(), V), (A(), L)]
for o, c in tests:
    try:
        o.__class__ = c
        print('ok', type(o).__name__)
    except TypeError as e:
        print(e)
try:
    del A().__class__
except TypeError as e:
    print(e)
