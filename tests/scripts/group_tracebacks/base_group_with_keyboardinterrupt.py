# An uncaught BaseExceptionGroup holding KeyboardInterrupt and SystemExit is
# printed like any group and exits with status 1.
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    ki = e
raise BaseExceptionGroup("interrupted", [ki, SystemExit(3), ValueError("v")])
