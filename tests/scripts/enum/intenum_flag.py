# IntEnum compares with ints; Flag and IntFlag combine with bitwise operators.
from enum import IntEnum, Flag, IntFlag, auto
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 5, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]))
print(int(Priority.MEDIUM), repr(Priority.LOW), str(Priority.LOW), f"{Priority.HIGH}", Priority(10).name)
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), rw.value, [p.name for p in rw])
print(Perm(7), Perm(0), ~Perm.R, list(Perm))
class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1
m = Mode.READ | Mode.EXEC
print(m, repr(m), int(m), m == 5, Mode(6), m & 4, type(m & 4).__name__)
