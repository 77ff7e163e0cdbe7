from enum import *
class Perm(Flag):
    R = auto(); W = auto(); X = auto()
class Mode(IntFlag):
    READ = 4; WRITE = 2; EXEC = 1
class C(Enum):
    A = 1; B = 2
class S(StrEnum):
    X = auto(); Y = 'why'
class I(IntEnum):
    ONE = 1
class M(str, Enum):
    P = 'p'
t = ['~Perm.R', '~Mode.READ', 'Mode(8)', 'Mode(13)', 'Perm(8)', 'Perm(0)', 'Mode(0)', 'repr(Perm(0))', 'repr(Mode(0))', 'str(Mode.READ)', 'format(Mode.READ)', 'Perm.R | Perm.W', 'repr(Perm.R|Perm.X)', 'list(Perm.R|Perm.X)', 'len(Perm.R|Perm.X)', 'Perm.R in Perm.W',
 '1 in Perm.W', '1 in C', '3 in C', 'C.A in C', 'C', 'Perm', 'Mode', 'C.__members__', 'str(S.X)', 'repr(S.X)', 'format(S.Y)', 'S.X == "x"', 'repr(I.ONE)', 'str(I.ONE)', 'format(I.ONE, "03d")', 'repr(M.P)', 'str(M.P)', 'format(M.P)', 'f"{M.P:>5}"', 'f"{C.A:>6}"', 'M.P == "p"', 'M.P.upper()',
 'hash(C.A) == hash("A")', 'C.A.__reduce_ex__(2)', 'del C.A', 'C(5)', 'C._missing_(1)', 'Perm(-1)', 'Mode(-1)', 'Perm(9)', 'C.A.name', 'C.A.value', 'C.name' , 'type(C)', 'EnumMeta', 'C.A.__class__', 'dir(C.A)', 'dir(C)', 'C["A"]', 'Enum("Q", "a b c")', 'list(Enum("Q", "a b c"))', 'list(Enum("Q", [("x", 5), ("y", 9)]))', 'list(IntEnum("Q", {"x": 5}))', 'Perm.R.value', 'Perm._flag_mask_' ,
 '~(Perm.R|Perm.W|Perm.X)', '~Perm(0)', 'Mode.READ | 8', 'Mode.READ + 1', 'Mode.READ & Mode.WRITE', 'repr(Mode.READ & Mode.WRITE)', 'Mode.READ ^ Mode.READ', 'Perm.R ^ Perm.W', 'bool(Perm(0))', 'list(Perm)', 'list(Mode)', 'Perm.R < Perm.W', 'C.A < C.B', 'I.ONE < 2', 'sorted(C, key=lambda m: m.value, reverse=True)', 'C.A.A', 'isinstance(I.ONE, int)', 'S("why")', 'S("zz")', 'Perm["R"]', 'list(reversed(C))', 'C.__name__, C.__qualname__, C.__module__',
 'C.A._name_', 'C._member_names_', 'C._value2member_map_', 'vars(C.A)', 'repr(Perm.R)', 'str(Perm.R|Perm.W)', 'str(Perm(0))', 'f"{Perm.R|Perm.W}"', 'Mode.READ|Mode.WRITE|Mode.EXEC', 'str(Mode(7))', 'repr(Mode(7))', 'repr(~Mode.READ)', 'repr(Mode(13))']
for x in t:
    try: print(x, '->', repr(eval(x)) if not x.startswith('del') else exec(x))
    except Exception as e: print(x, '!!', type(e).__name__, e)
for src in ['class D(C):\n  Z = 3', 'class D(Enum):\n  A = 1\n  A = 2', 'class D(Enum):\n  _sunder_ = 1', 'class D(StrEnum):\n  A = 1', 'class D(Enum):\n  A = 1\n  def A(self): pass', '@unique\nclass D(Enum):\n  A = 1\n  B = 1\n  C = 2\n  E = 2', 'class D(Flag):\n  A = 1\n  B = 3\nprint(list(D), D.B, D(2))','class D(Flag):\n  A = auto()\n  B = auto()\n  AB = A | B\nprint(list(D), D.A|D.B, repr(D.AB), D(3).name, list(D.AB), D.__members__)']:
    try: exec(src, globals()); print('ok')
    except Exception as e: print(src.replace('\n', '; '), '!!', type(e).__name__, e)
