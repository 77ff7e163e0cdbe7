"""Runs a program under CPython with the modules in stdlib/ in place of
CPython's own: python3.12 -I -S shim.py PROGRAM [ARGS]."""
import sys

# CPython's own library (asyncio, io) is loaded first, with CPython's
# modules, since it relies on private helpers that ours need not provide.
import asyncio  # noqa: E402,F401
import io  # noqa: E402,F401
import posix  # noqa: E402
import warnings as _cpython_warnings  # noqa: E402

_prog = sys.argv[1]
# Compile first, as CPython would before running anything; compile-time
# deprecation warnings of the program are not shown for a script either.
with open(_prog, encoding='utf-8') as _f:
    with _cpython_warnings.catch_warnings():
        _cpython_warnings.simplefilter('ignore', DeprecationWarning)
        _code = compile(_f.read(), _prog, 'exec')

_here = __file__.rpartition('/')[0] or '.'
_lib = _here + '/../../stdlib'
sys.path.insert(0, _lib)
_ours = {n[:-3] if n.endswith('.py') else n for n in posix.listdir(_lib)}
# Forget CPython's copies of the modules we provide, so ours are imported.
for _name in list(sys.modules):
    if _name.partition('.')[0] in _ours:
        del sys.modules[_name]


class _OursFirst:
    # itertools and a few others are built into CPython; the built-in importer
    # would win over sys.path, so look in stdlib/ before anything else.
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name.partition('.')[0] not in _ours:
            return None
        import _frozen_importlib_external as ext
        if '.' in name:
            return ext.PathFinder.find_spec(name, path)
        return ext.PathFinder.find_spec(name, [_lib])


sys.meta_path.insert(0, _OursFirst)
sys.argv = sys.argv[1:]
_main = type(sys)('__main__')
_main.__file__ = _prog
_main.__builtins__ = __builtins__
sys.modules['__main__'] = _main
del _f, _name, _here, _cpython_warnings
exec(_code, _main.__dict__)
