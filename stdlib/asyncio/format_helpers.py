"""How callbacks are described in reprs and log messages:
'qualname(args) at file.py:LINE'."""

import functools
import reprlib
import types


def _get_function_source(func):
    while True:
        wrapped = getattr(func, '__wrapped__', None)
        if wrapped is None or isinstance(func, functools.partial):
            break
        func = wrapped
    if isinstance(func, types.FunctionType):
        code = func.__code__
        return code.co_filename, code.co_firstlineno
    if isinstance(func, functools.partial):
        return _get_function_source(func.func)
    partialmethod = getattr(functools, 'partialmethod', None)
    if partialmethod is not None and isinstance(func, partialmethod):
        return _get_function_source(func.func)
    return None


def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(reprlib.repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{key}={reprlib.repr(value)}' for key, value in kwargs.items())
    return '(' + ', '.join(items) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    text = name if name else repr(func)
    return text + _format_args_and_kwargs(args, kwargs) + suffix


def _format_callback_source(func, args):
    text = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text


# How many frames debug mode records of where a future or handle was made.
DEBUG_STACK_DEPTH = 10


def extract_stack(f=None, limit=None):
    """Where an object is created, for debug mode's source_traceback:
    the frames from f outwards, oldest first, without reading source lines
    (that is done only if the stack is printed)."""
    import sys
    import traceback
    if f is None:
        f = sys._getframe().f_back
    if limit is None:
        limit = DEBUG_STACK_DEPTH
    stack = traceback.StackSummary.extract(traceback.walk_stack(f), limit=limit,
                                           lookup_lines=False)
    stack.reverse()
    return stack
