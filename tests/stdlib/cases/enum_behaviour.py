from enum import *
import enum
class Coin(Enum):
    PENNY = (1, 'copper')
    DIME = (10, 'silver')
    def __new__(cls, cents, metal):
        obj = object.__new__(cls)
        obj._value_ = cents
        obj.metal = metal
        return obj
    @classmethod
    def biggest(cls): return max(cls, key=lambda c: c.value)
    @property
    def label(self): return f'{self.name.lower()} ({self.metal})'
print(Coin(10), Coin.PENNY.label, Coin.biggest(), Coin.DIME.value, list(Coin))
class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Shape('square'), Shape(3))
try: Shape(9)
except ValueError as e: print('ValueError', e)
try: Shape('zz')
except KeyError as e: print('KeyError', e, repr(e.__context__))
class Bad(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value): return 5
try: Bad(2)
except TypeError as e: print('TypeError', e, repr(e.__context__))
class Weekday(IntEnum):
    _ignore_ = 'tmp'
    tmp = 5
    MON = 1
    TUE = 2
    helper = nonmember(42)
    @member
    def func(): return 'f'
print(list(Weekday), Weekday.helper, Weekday.func.value(), Weekday.MON + Weekday.TUE, Weekday.TUE * 2, max(Weekday), hash(Weekday.MON) == hash(1))
print(Weekday.MON == 1, Weekday.MON in {1: 'x'}, {1: 'a'}[Weekday.MON], format(Weekday.TUE, '>4'), f'{Weekday.MON:02}', '%d %s %r' % (Weekday.MON, Weekday.MON, Weekday.MON))
class Color(StrEnum):
    RED = auto()
    GREEN = auto()
    BLUE = 'b'
print(list(Color), Color.RED.upper(), Color.RED + '!', ' '.join(Color), Color('green'), isinstance(Color.RED, str), f'{Color.BLUE}', Color.RED == 'red')
def handle(c):
    match c:
        case Color.RED: return 'stop'
        case Color.GREEN | Color.BLUE: return 'go'
print(handle(Color.RED), handle(Color.BLUE))
class Animal(Enum):
    DOG = 1
    CAT = 2
    PUPPY = 1
print(Animal.PUPPY, Animal.__members__, Animal._member_names_, Animal(1).name, len(Animal), list(reversed(Animal)))
A2 = Enum('A2', 'X Y Z', start=10)
print(list(A2), A2.X.value, A2.__module__, repr(A2))
A3 = Enum('A3', [('ONE', 'uno')], type=str) if False else Enum('A3', {'ONE': 'uno'})
print(A3.ONE, A3('uno'))
I2 = IntEnum('I2', 'a b')
print(list(I2), I2.a + 1)
F = Flag('F', 'A B C')
print(list(F), F.A | F.C, F(5), F(0))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(list(Perm), Perm.RWX, Perm(7), Perm.R | Perm.W | Perm.X, Perm.__members__, Perm.R in Perm.RWX, Perm(3), bool(Perm(0)))
print(Perm.R | 1, 1 | Perm.R, Perm.R & 4, type(Perm.R & 4), Perm.W ^ Perm.W, ~Perm.RWX)
class Opt(Flag):
    NONE = 0
    A = auto()
    B = auto()
    AB = A | B
    C = auto()
print(list(Opt), Opt.NONE, Opt.A | Opt.B, Opt(7), ~Opt.A, Opt.AB.value, Opt.C.value, repr(Opt.NONE), list(Opt.AB | Opt.C), len(Opt.AB))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.MARS.mass, Planet((5.97e24, 6.37e6)), Planet.EARTH.value)
class Ordered(Enum):
    _order_ = 'B A'
    B = 2
    A = 1
print(list(Ordered))
try:
    class BadOrder(Enum):
        _order_ = 'A B'
        B = 2
        A = 1
except TypeError as e: print('TypeError', e)
try:
    Color.RED = 'x'
except AttributeError as e: print('AttributeError', e)
Color.extra = 5; print(Color.extra)
print(sorted(dir(Coin.PENNY)), dir(Shape))
print(Coin.PENNY.__reduce_ex__(4), type(Color), isinstance(Color, EnumMeta), issubclass(Color, Enum), issubclass(IntFlag, Flag), Color.__mro__)
print(enum.STRICT, repr(enum.KEEP), Flag._boundary_, IntFlag._boundary_, repr(Perm.R.name), Perm.R.value)
class Base(Enum):
    def describe(self): return f'{self.name}={self.value}'
class Child(Base):
    X = 1
print(Child.X.describe(), Child.X)
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto))
class CustomNext(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    X = auto()
    Y = auto()
print(list(CustomNext))
class Strange(Enum):
    A = [1, 2]
    B = {'k': 1}
print(Strange([1, 2]), Strange({'k': 1}), [1, 2] in Strange)
class E2(str, Enum):
    A = 'a'
print(E2.A, repr(E2.A), f'{E2.A}', E2.A == 'a', E2('a'))
class E3(int, Enum):
    A = 1
print(E3.A, repr(E3.A), f'{E3.A}', E3.A + 1, str(E3.A))
print(unique(Coin) is Coin)
@verify(UNIQUE)
class V(Enum):
    A = 1
print(V.A)
class TA(Enum):
    A = 1
    def __str__(self): return 'custom'
print(TA.A, f'{TA.A}', repr(TA.A))
