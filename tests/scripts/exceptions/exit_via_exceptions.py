# SystemExit and KeyboardInterrupt are BaseExceptions: except Exception does not catch them.
import sys
try:
    try:
        sys.exit(5)
    except Exception:
        print("not reached")
except SystemExit as e:
    print("SystemExit", e.code, repr(e), e.args)
for arg in [None, 0, 1, "message", [1], (2, 3)]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print(repr(e.code))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not reached")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
try:
    exit(2)
except SystemExit as e:
    print("exit() raises SystemExit", e.code)
try:
    quit("bye")
except SystemExit as e:
    print("quit() raises SystemExit", e.code)
def cleanup():
    try:
        sys.exit(7)
    finally:
        print("finally runs on sys.exit")
try:
    cleanup()
except SystemExit as e:
    print(e.code)
