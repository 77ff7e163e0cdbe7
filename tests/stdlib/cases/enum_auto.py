from enum import Enum, IntEnum, Flag, auto
class D(Enum):
    A = auto()
    B = 'x'
    C = auto()
print(list(D))
class E(Enum):
    A = 5
    B = 2
    C = auto()
print(list(E))
class F(Enum):
    A = 1.5
    C = auto()
print(list(F))
class G(Enum):
    A = 'a'
    C = auto()
print(list(G))
class H(IntEnum):
    A = 10
    B = auto()
    C = auto()
print(list(H))
class Fl(Flag):
    A = auto()
    B = 8
    C = auto()
print(list(Fl), Fl.C.value)
class T(Enum):
    A = (auto(), 'x')
    B = (auto(), 'y')
print(list(T))
