"""Context variables (PEP 567); the implementation is the C module
_contextvars, as in CPython."""
from _contextvars import Context, ContextVar, Token, copy_context

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
