"""Context variables (PEP 567): ContextVar, Token, Context and copy_context.

A Context maps ContextVars to values. Exactly one context is current at a
time; Context.run() makes another one current for the duration of a call.
ContextVar.set() never mutates a mapping that another Context may share:
it gives the current context a new dict, so Context.copy() is O(1) and a
copy never sees later changes made in its source (and vice versa).

skein runs one thread per VM, so "the current context" is a module global.
The classes report the module name '_contextvars', as CPython's do; a C
implementation can replace this file with the same interface.
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')


class Context:
    """An immutable mapping of ContextVars to values; run() enters it."""

    __slots__ = ('_vars', '_prev', '_entered')

    def __init__(self):
        self._vars = {}
        self._prev = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        self._prev = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._vars = self._vars
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return self._vars[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return self._vars.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    __hash__ = None


Context.__module__ = '_contextvars'

_current = Context()


def copy_context():
    """A shallow copy of the current context."""
    return _current.copy()


_NO_DEFAULT = object()


class ContextVar:
    """A variable whose value depends on the current Context."""

    __slots__ = ('_name', '_default')

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        try:
            return _current._vars[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current
        old = ctx._vars.get(self, Token.MISSING)
        new_vars = dict(ctx._vars)
        new_vars[self] = value
        ctx._vars = new_vars
        return Token(_TOKEN_KEY, ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        new_vars = dict(ctx._vars)
        if token._old is Token.MISSING:
            new_vars.pop(self, None)
        else:
            new_vars[self] = token._old
        ctx._vars = new_vars
        token._used = True

    def __repr__(self):
        default = ''
        if self._default is not _NO_DEFAULT:
            default = f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at {id(self):#x}>'

    def __hash__(self):
        return object.__hash__(self)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")


ContextVar.__module__ = '_contextvars'

_TOKEN_KEY = object()


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """What ContextVar.set() returns; ContextVar.reset() takes it back."""

    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = _Missing()

    def __init__(self, *args):
        if len(args) != 4 or args[0] is not _TOKEN_KEY:
            raise RuntimeError('Tokens can only be created by ContextVars')
        self._ctx = args[1]
        self._var = args[2]
        self._old = args[3]
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {id(self):#x}>'


Token.__module__ = '_contextvars'
_Missing.__module__ = '_contextvars'
