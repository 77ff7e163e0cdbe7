"""Telling coroutines apart, and describing one for reprs."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import collections.abc
import functools
import sys
import types

_CO_COROUTINE = 0x80

# Functions marked by the old @asyncio.coroutine carried this object.
_is_coroutine = object()


def _is_debug_mode():
    # PYTHONASYNCIODEBUG and -X dev are not supported: debug mode is off
    # unless a program asks for it with loop.set_debug().
    return False


def _unwrap(func):
    while True:
        if isinstance(func, types.MethodType):
            func = func.__func__
        elif isinstance(func, functools.partial):
            func = func.func
        else:
            return func


def iscoroutinefunction(func):
    """True for an `async def` function (also bound, or under a partial)."""
    target = _unwrap(func)
    if isinstance(target, types.FunctionType) and target.__code__.co_flags & _CO_COROUTINE:
        return True
    marker = getattr(sys.modules.get('inspect'), '_is_coroutine_mark', None)
    if marker is not None and getattr(target, '_is_coroutine_marker', None) is marker:
        return True
    return getattr(func, '_is_coroutine', None) is _is_coroutine


_COROUTINE_TYPES = (types.CoroutineType, collections.abc.Coroutine)
_known_coroutine_types = set()


def iscoroutine(obj):
    """True for a coroutine object."""
    if type(obj) in _known_coroutine_types:
        return True
    if isinstance(obj, _COROUTINE_TYPES):
        if len(_known_coroutine_types) < 100:
            _known_coroutine_types.add(type(obj))
        return True
    return False


def _coroutine_name(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if not name:
        name = f'<{type(coro).__name__} without __name__>'
    return f'{name}()'


def _is_running(coro):
    try:
        return coro.cr_running
    except AttributeError:
        try:
            return coro.gi_running
        except AttributeError:
            return False


def _format_coroutine(coro):
    """'main() running at file.py:10' or 'main() done, defined at file.py:8'."""
    name = _coroutine_name(coro)
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        return f'{name} running' if _is_running(coro) else name
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
