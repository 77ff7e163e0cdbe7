"""The repr of futures, shared by Future and Task."""

__all__ = ()

import reprlib

from . import format_helpers

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for objects that follow asyncio's Future protocol (duck-typed
    through the _asyncio_future_blocking attribute of their class)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _format_callbacks(callbacks):
    def one(entry):
        return format_helpers._format_callback_source(entry[0], ())

    n = len(callbacks)
    if n == 0:
        shown = ''
    elif n == 1:
        shown = one(callbacks[0])
    elif n == 2:
        shown = f'{one(callbacks[0])}, {one(callbacks[1])}'
    else:
        shown = f'{one(callbacks[0])}, <{n - 2} more>, {one(callbacks[-1])}'
    return f'cb=[{shown}]'


def _future_repr_info(future):
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            info.append(f'result={reprlib.repr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    if future._source_traceback:
        frame = future._source_traceback[-1]
        info.append(f'created at {frame[0]}:{frame[1]}')
    return info


@reprlib.recursive_repr()
def _future_repr(future):
    return f'<{future.__class__.__name__} {" ".join(_future_repr_info(future))}>'
