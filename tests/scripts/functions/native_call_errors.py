# Keyword and argument-count errors of C functions and methods: CPython 3.12's wording
# ("'k' is an invalid keyword argument for f()", "list.append() takes no keyword arguments").
import types, warnings
tests = ["zip([], bogus=1)", "(1).to_bytes(1, bogus=1)", "int.from_bytes(b'', bogus=1)", "complex(bogus=1)", "property(bogus=1)",
         "sorted([], bogus=1)", "[].sort(bogus=1)", "print(bogus=1)", "min([1], bogus=1)", "max([1], bogus=1)", "ValueError(bogus=1)",
         "types.MappingProxyType(bogus=1)", "warnings.warn('x', bogus=1)", "sum([], bogus=1)", "enumerate([], bogus=1)",
         "iter([], bogus=1)", "next(iter([]), bogus=1)", "round(1, bogus=1)", "int(bogus=1)", "float(bogus=1)",
         "str(bogus=1)", "bytes(bogus=1)", "list(bogus=1)", "dict(bogus=1)", "range(bogus=1)", "'x'.split(bogus=1)", "'x'.encode(bogus=1)",
         "len(x=1)", "[].append(x=1)", "'x'.upper(x=1)", "divmod(1, 2, x=3)", "isinstance(1, int, x=1)", "getattr(1, 'x', x=1)",
         "compile('1', 'f', 'eval', bogus=1)", "exec('1', bogus=1)", "eval('1', bogus=1)", "__import__('os', bogus=1)",
         "sorted([], key=None, reverse=False, bogus=1)", "format(1, bogus=1)", "hash(x=1)", "pow(2, 3, bogus=1)", "pow(base=2, exp=3)",
         "[].index(1, bogus=1)", "{}.get(1, bogus=1)", "{}.pop(1, bogus=1)", "dict.fromkeys([], bogus=1)", "'{}'.format(1, bogus=1)",
         "bytearray(bogus=1)", "tuple(bogus=1)", "set(bogus=1)", "frozenset(bogus=1)", "object(bogus=1)", "type('x', (), {}, bogus=1)",
         "staticmethod(bogus=1)", "classmethod(bogus=1)", "(1.5).hex(x=1)", "float.fromhex(x=1)", "vars(x=1)", "dir(x=1)", "id(x=1)",
         "repr(x=1)", "ascii(x=1)", "chr(x=1)", "ord(x=1)", "bin(x=1)", "hex(x=1)", "oct(x=1)", "abs(x=1)", "all(x=1)", "any(x=1)",
         "callable(x=1)", "setattr(1, 'x', 1, x=1)", "delattr(1, 'x', x=1)", "hasattr(1, 'x', x=1)", "globals(x=1)", "locals(x=1)",
         "input(x=1)"]
for t in tests:
    try:
        eval(t)
    except TypeError as e:
        print(f"{t:40} {e}")
for e in ["ImportError(bogus=1)", "ModuleNotFoundError(bogus=1)", "AttributeError(bogus=1)", "NameError(bogus=1)", "SyntaxError(bogus=1)", "OSError(bogus=1)", "StopIteration(bogus=1)", "SystemExit(bogus=1)", "BaseExceptionGroup('x', [ValueError()], bogus=1)", "KeyError(bogus=1)", "UnicodeDecodeError(bogus=1)"]:
    try: eval(e)
    except TypeError as x: print(e, x)
def g(*a, **k): pass
class C:
    def m(self, *a, **k): pass
    @staticmethod
    def s(*a): pass
import math
tests = ["g(*1)", "g(1, *2)", "g(*[1], *2)", "g(**1)", "g(a=1, **2)", "g(**{}, **3)", "g(**{'x': 1}, **{'x': 2})", "g(x=1, **{'x': 2})",
         "C().m(*1)", "C.s(*1)", "C().m(**1)", "len(*1)", "math.sqrt(*1)", "(lambda: 0)(*1)", "[].append(*1)", "print(**{'sep': 1}, **{'sep': 2})",
         "C(*1)", "int(**1)", "g(*None)", "[*1]", "(*1,)", "{**1}", "{*1}", "print(*1, **2)"]
for t in tests:
    try:
        eval(t)
    except TypeError as e:
        print(f"{t:40} {e}")
