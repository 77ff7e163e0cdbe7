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
            _report(exc, func)


def _report(exc, func):
    # CPython runs the callbacks from C: the traceback starts in the
    # callback, without this module's frame.
    tb = exc.__traceback__
    if tb is not None and tb.tb_frame.f_code is _run_exitfuncs.__code__:
        exc.__traceback__ = tb.tb_next
    args = _UnraisableArgs(exc, func)
    hook = sys.unraisablehook
    # sys.unraisablehook and sys.__unraisablehook__ are two function
    # objects around the VM's default hook: a builtin under either name
    # is that default.
    is_default = (type(hook) is type(len) and
                  getattr(hook, '__name__', None) in ('unraisablehook', '__unraisablehook__'))
    if not is_default:
        hook(args)
        return
    # The default hook accepts only the VM's own argument type; write
    # what it would.
    stream = sys.stderr
    if stream is None:
        return
    import traceback
    try:
        stream.write(f"{args.err_msg}: {func!r}\n")
    except Exception:
        stream.write(f"{args.err_msg}: <object repr() failed>\n")
    traceback.print_exception(type(exc), exc, exc.__traceback__, file=stream)
    stream.flush()
