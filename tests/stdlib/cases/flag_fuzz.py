from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP
class P(Flag):
    R = 4
    W = 2
    X = 1
class Q(Flag, boundary=CONFORM):
    A = 1
    B = 2
    C = 8
    AB = 3
class E(Flag, boundary=EJECT):
    A = 1
    B = 4
class K(Flag, boundary=KEEP):
    A = 2
    B = 8
    NONE = 0
class I(IntFlag):
    A = 1
    B = 2
    C = 16
    ABC = 19
class S(IntFlag, boundary=STRICT):
    A = 1
    B = 2
for cls in (P, Q, E, K, I, S):
    out = []
    for v in range(-20, 40):
        try:
            m = cls(v)
            out.append(f'{v}:{m!r}/{m}/{list(m) if isinstance(m, cls) else "-"}')
        except Exception as e:
            out.append(f'{v}:{type(e).__name__}:{e}')
    print(cls, '\n'.join(out))
    members = list(cls.__members__.values())
    for a in members:
        for b in members:
            try:
                print(repr(a | b), repr(a & b), repr(a ^ b), repr(~a), a in b, len(a | b), bool(a & b))
            except Exception as e:
                print(type(e).__name__, e)
