# Deterministic sys attributes: version_info, path, modules, maxsize, limits, byteorder, flags.
import sys
print(sys.version_info[:2] == (3, 12), sys.version_info >= (3, 12), sys.version_info.major, type(sys.version_info).__name__)
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path), isinstance(sys.modules, dict))
print("sys" in sys.modules, sys.modules["sys"] is sys, "builtins" in sys.modules, "__main__" in sys.modules)
print(sys.maxsize == 2**63 - 1, sys.byteorder, sys.getrecursionlimit())
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width, sys.hash_info.modulus == 2**61 - 1, sys.hash_info.inf)
print(sys.maxunicode, type(sys.version).__name__, sys.version.startswith("3.12"))
print(sys.flags.optimize, callable(sys.exit), callable(sys.intern))
a = sys.intern("interned string")
print(a == "interned string", sys.getdefaultencoding())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print("ValueError", e)
