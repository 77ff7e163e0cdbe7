# A module that raises while importing is removed from sys.modules and re-executed on the next import.
import sys
for attempt in range(2):
    try:
        import broken_mod
    except RuntimeError as e:
        print("attempt", attempt, "RuntimeError", e, "broken_mod" in sys.modules)
try:
    from greet_mod import greeet
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(" (")[0])
try:
    import greet_mod.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
