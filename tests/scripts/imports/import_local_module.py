# Importing a module from the program's folder; the body runs once and the module is cached.
print("before import")
import greet_mod
print("after first import")
import greet_mod as again
from greet_mod import greet, Greeter
import sys
print(again is greet_mod, sys.modules["greet_mod"] is greet_mod, greet is greet_mod.greet)
print(greet("ann"), greet_mod.greet("bob"), greet_mod.calls)
print(Greeter("?")("cid"), greet_mod.GREETING)
greet_mod.GREETING = "hi"
print(greet("dee"), again.GREETING)
print(greet_mod.__name__, greet_mod.__doc__, type(greet_mod).__name__)
print(greet_mod.__file__)
print(sorted(n for n in dir(greet_mod) if not n.startswith("__")))
