# A SystemExit inside a group does not exit quietly: the group is printed
# and the status is 1, not the SystemExit code.
import sys


def stop():
    sys.exit(5)


errs = []
try:
    stop()
except SystemExit as e:
    errs.append(e)
raise BaseExceptionGroup("stopping", errs)
