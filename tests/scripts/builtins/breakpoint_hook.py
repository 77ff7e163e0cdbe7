# breakpoint() calls sys.breakpointhook with its arguments; a program (or a
# test harness) replaces the hook to decide what a breakpoint does.
import sys

calls = []
sys.breakpointhook = lambda *args, **kws: calls.append((args, kws)) or "hooked"
print(breakpoint(), breakpoint(1, 2, where="here"))
print(calls)
print(callable(sys.__breakpointhook__), sys.__breakpointhook__ is not sys.breakpointhook)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
