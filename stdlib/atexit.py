"""atexit: functions to call when the program ends.

The VM calls _run_exitfuncs once at shutdown, before the main module's
namespace is cleared, when this module has been imported.
"""

import sys

_exitfuncs = []


class _UnraisableArgs:
    """What sys.unraisablehook receives for a callback that raised."""

    def __init__(self, exc, func):
        self.exc_type = type(exc)
        self.exc_value = exc
        self.exc_traceback = exc.__traceback__
        self.err_msg = "Exception ignored in atexit callback"
        self.object = func


def register(func, *args, **kwargs):
    """Calls func(*args, **kwargs) at exit; later registrations run first.
    Returns func, so it works as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exitfuncs.append((func, args, kwargs))
    return func


def unregister(func):
    """Forgets every registration of func."""
    _exitfuncs[:] = [entry for entry in _exitfuncs if entry[0] != func]


def _clear():
    del _exitfuncs[:]


def _ncallbacks():
    return len(_exitfuncs)


def _run_exitfuncs():
    # A callback's exception is reported and the others still run.
    while _exitfuncs:
        func, args, kwargs = _exitfuncs.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            sys.unraisablehook(_UnraisableArgs(exc, func))
