"""Inspecting live objects: the `inspect` module's type predicates and the
states of generators, coroutines and asynchronous generators.

The predicates read the same code flags CPython sets (CO_COROUTINE and
friends); source-level introspection (signature, getsource, stack frames)
is not implemented and says so.
"""

import functools
import types

__all__ = ['CO_OPTIMIZED', 'CO_NEWLOCALS', 'CO_VARARGS', 'CO_VARKEYWORDS', 'CO_NESTED',
           'CO_GENERATOR', 'CO_NOFREE', 'CO_COROUTINE', 'CO_ITERABLE_COROUTINE',
           'CO_ASYNC_GENERATOR', 'ismodule', 'isclass', 'ismethod', 'isfunction',
           'isgeneratorfunction', 'iscoroutinefunction', 'isasyncgenfunction',
           'isgenerator', 'iscoroutine', 'isasyncgen', 'isawaitable', 'istraceback',
           'isframe', 'iscode', 'isbuiltin', 'isroutine', 'isabstract',
           'ismethoddescriptor', 'isdatadescriptor', 'getmembers', 'getattr_static',
           'markcoroutinefunction', 'unwrap', 'cleandoc', 'getdoc', 'getmodule',
           'getgeneratorstate', 'getcoroutinestate', 'getasyncgenstate',
           'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED',
           'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED',
           'AGEN_CREATED', 'AGEN_RUNNING', 'AGEN_SUSPENDED', 'AGEN_CLOSED']

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def istraceback(obj):
    return isinstance(obj, types.TracebackType)


def isframe(obj):
    return isinstance(obj, types.FrameType)


def iscode(obj):
    return isinstance(obj, types.CodeType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj) or ismethoddescriptor(obj)


def isabstract(obj):
    return bool(isinstance(obj, type) and getattr(obj, '__abstractmethods__', None))


def _unwrap_partial(func):
    while True:
        if ismethod(func):
            func = func.__func__
        elif isinstance(func, functools.partial):
            func = func.func
        elif isinstance(func, functools.partialmethod):
            func = func.func
        else:
            return func


def _has_code_flag(obj, flag):
    func = _unwrap_partial(obj)
    if not isfunction(func):
        return False
    return bool(func.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


_is_coroutine_mark = object()


def markcoroutinefunction(func):
    """Marks a function that returns an awaitable as a coroutine function."""
    if hasattr(func, '__func__'):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def iscoroutinefunction(obj):
    if _has_code_flag(obj, CO_COROUTINE):
        return True
    func = _unwrap_partial(obj)
    return getattr(func, '_is_coroutine_marker', None) is _is_coroutine_mark


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, types.AsyncGeneratorType)


def isawaitable(obj):
    return (isinstance(obj, types.CoroutineType)
            or (isinstance(obj, types.GeneratorType)
                and bool(obj.gi_code.co_flags & CO_ITERABLE_COROUTINE))
            or hasattr(type(obj), '__await__'))


def getmembers(obj, predicate=None):
    results = []
    for key in dir(obj):
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


_sentinel = object()


def getattr_static(obj, attr, default=_sentinel):
    """The attribute as stored, without running descriptors or __getattr__."""
    klass = obj if isinstance(obj, type) else type(obj)
    if not isinstance(obj, type):
        try:
            instance_dict = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            instance_dict = {}
        if attr in instance_dict:
            return instance_dict[attr]
    for base in klass.__mro__:
        if attr in base.__dict__:
            return base.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def unwrap(func, *, stop=None):
    seen = {id(func)}
    while hasattr(func, '__wrapped__') and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(func))
    return func


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(obj):
    import sys
    if ismodule(obj):
        return obj
    name = getattr(obj, '__module__', None)
    if name is None:
        return None
    return sys.modules.get(name)


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


AGEN_CREATED = 'AGEN_CREATED'
AGEN_RUNNING = 'AGEN_RUNNING'
AGEN_SUSPENDED = 'AGEN_SUSPENDED'
AGEN_CLOSED = 'AGEN_CLOSED'


def getasyncgenstate(agen):
    if agen.ag_running:
        return AGEN_RUNNING
    if agen.ag_suspended:
        return AGEN_SUSPENDED
    if agen.ag_frame is None:
        return AGEN_CLOSED
    return AGEN_CREATED


_NOT_IMPLEMENTED = frozenset([
    'signature', 'Signature', 'Parameter', 'BoundArguments', 'getsource', 'getsourcelines',
    'getsourcefile', 'getfile', 'getcomments', 'getfullargspec', 'getcallargs',
    'getclosurevars', 'stack', 'currentframe', 'getframeinfo', 'getouterframes',
    'getinnerframes', 'trace', 'getmro', 'getcoroutinelocals', 'getgeneratorlocals',
    'getasyncgenlocals', 'formatannotation', 'get_annotations', 'classify_class_attrs',
    'findsource', 'getblock', 'getlineno', 'getargvalues', 'formatargvalues'])


def __getattr__(name):
    if name in _NOT_IMPLEMENTED:
        raise NotImplementedError('inspect.%s is not implemented' % name)
    raise AttributeError("module 'inspect' has no attribute %r" % name)
