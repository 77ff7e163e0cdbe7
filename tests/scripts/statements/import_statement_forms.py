# import forms on standard modules: aliases, from-import, star, relative absent.
import math
import math as m
from math import pi, sqrt as square_root
from math import (floor,
                  ceil)
import collections.abc
print(math.pi == m.pi == pi, square_root(16), floor(2.5), ceil(2.5))
print(collections.abc.Sequence.__name__)
from math import *
print(e, tau, factorial(5))
import sys
print("math" in sys.modules, sys.modules["math"] is math)
def local_import():
    import functools
    from itertools import count
    return functools.reduce(lambda a, b: a + b, [1, 2, 3]), next(count(5))
print(local_import())
print("functools" in dir(), "count" in dir())
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e, e.name)
import math, sys as system
print(system is sys)
