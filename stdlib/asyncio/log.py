"""The "asyncio" logger, reduced to what asyncio prints.

skein has no logging module. asyncio's records go to a logger with no
handler, so CPython's logging emits them through its last-resort handler:
the message, then (for exc_info) the formatted exception without its final
newline, then a newline, all on sys.stderr as it is at that moment. That
is what this module writes, byte for byte.
"""

import sys


def _write_exception(exc_type, exc, tb):
    # print_exception's output, which logging's formatter embeds.
    hook = getattr(sys, '__excepthook__', None)
    if hook is None:
        sys.stderr.write(f'{exc_type.__name__}: {exc}\n')
    else:
        hook(exc_type, exc, tb)


class _Logger:
    name = 'asyncio'

    def _emit(self, msg, args, exc_info):
        if args:
            msg = msg % args
        stream = sys.stderr
        if stream is None:
            return
        if exc_info is True:
            exc_info = sys.exc_info()
        if isinstance(exc_info, BaseException):
            exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
        if not (isinstance(exc_info, tuple) and len(exc_info) == 3 and exc_info[1] is not None):
            stream.write(f'{msg}\n')
            return
        stream.write(msg if msg.endswith('\n') else f'{msg}\n')
        _write_exception(*exc_info)

    def error(self, msg, *args, exc_info=None):
        self._emit(msg, args, exc_info)

    def warning(self, msg, *args, exc_info=None):
        self._emit(msg, args, exc_info)

    def critical(self, msg, *args, exc_info=None):
        self._emit(msg, args, exc_info)

    def exception(self, msg, *args, exc_info=True):
        self._emit(msg, args, exc_info)

    # Below the last-resort handler's level (WARNING): never printed.
    def info(self, msg, *args, **kwargs):
        pass

    def debug(self, msg, *args, **kwargs):
        pass

    def log(self, level, msg, *args, exc_info=None):
        if level >= 30:
            self._emit(msg, args, exc_info)


logger = _Logger()
