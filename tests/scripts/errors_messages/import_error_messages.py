# ImportError and ModuleNotFoundError messages and attributes for various failed imports.
import sys
def attempt(stmt):
    try:
        exec(stmt, {"__name__": "__main__"})
        print(f"{stmt:40} OK")
    except ImportError as e:
        print(f"{stmt:40} {type(e).__name__}: {e} | name={e.name!r}")
attempt("import no_such_mod_abc")
attempt("import no_such_pkg_abc.sub")
attempt("from no_such_mod_abc import x")
attempt("from sys import no_such_attr")
attempt("import math.nothing")
attempt("from . import sibling")
attempt("from .rel import thing")
attempt("import sys as s")
attempt("from math import pi as p, tau")
try:
    __import__("")
except ValueError as e:
    print("ValueError", e)
try:
    __import__(5)
except TypeError as e:
    print("TypeError", e)
print(issubclass(ModuleNotFoundError, ImportError), ImportError("m", name="n", path="p").path)
sys.modules["fake_mod_for_test"] = None
attempt("import fake_mod_for_test")
del sys.modules["fake_mod_for_test"]
