"""Future: the result of an operation that completes later.

A future is pending, then finished (with a result or an exception) or
cancelled. Done callbacks never run synchronously: completing a future
schedules each of them with call_soon(), in registration order, in the
context they were registered with.

A C module `_asyncio` may provide Future with the same interface; it then
replaces the class defined here (as in CPython).
"""

__all__ = ('Future', 'wrap_future', 'isfuture')

import contextvars
import sys

from . import base_futures
from . import events
from . import exceptions
from . import format_helpers

isfuture = base_futures.isfuture

_PENDING = base_futures._PENDING
_CANCELLED = base_futures._CANCELLED
_FINISHED = base_futures._FINISHED

try:
    from types import GenericAlias as _GenericAlias
except ImportError:
    _GenericAlias = None

try:
    import _asyncio
except ImportError:
    _asyncio = None
_FutureIter = getattr(_asyncio, '_FutureIter', None)


class Future:
    """A value that will exist later: await it, or add done callbacks."""

    # Class-level defaults, so __del__ and repr work on half-built objects.
    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    _callbacks = None

    # Set while a coroutine awaits this future through __await__: the task
    # driving it sees True and waits; None means "not a future" (isfuture).
    _asyncio_future_blocking = False

    # True while an exception is set that nobody has looked at.
    _Future__log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = events.get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []
        if self._loop.get_debug():
            self._source_traceback = format_helpers.extract_stack(sys._getframe(1))

    def __repr__(self):
        return base_futures._future_repr(self)

    def __del__(self):
        if not self._Future__log_traceback:
            return
        self._Future__retrieved()
        context = {
            'message': f'{self.__class__.__name__} exception was never retrieved',
            'exception': self._exception,
            'future': self,
        }
        if self._source_traceback:
            context['source_traceback'] = self._source_traceback
        self._loop.call_exception_handler(context)

    if _GenericAlias is not None:
        __class_getitem__ = classmethod(_GenericAlias)

    @property
    def _log_traceback(self):
        return self._Future__log_traceback

    @_log_traceback.setter
    def _log_traceback(self, value):
        if value:
            raise ValueError('_log_traceback can only be set to False')
        if self._Future__log_traceback:
            self._Future__retrieved()

    def _Future__retrieved(self):
        self._Future__log_traceback = False
        _note_retrieved(self)

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        """The CancelledError to raise: the one the task's coroutine raised,
        handed out once, otherwise a new one carrying the cancel message."""
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        if self._Future__log_traceback:
            self._Future__retrieved()
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._Future__schedule_callbacks()
        return True

    def _Future__schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        loop = self._loop
        for callback, context in callbacks:
            loop.call_soon(callback, self, context=context)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        if self._Future__log_traceback:
            self._Future__retrieved()
        if self._exception is not None:
            raise self._exception.with_traceback(self._take_exception_tb())
        return self._result

    def _take_exception_tb(self):
        # The traceback the exception had when it was set goes with the
        # first raise only; later raises start a fresh one (as CPython's C
        # futures do), so the traceback does not grow with each await.
        tb = self._exception_tb
        self._exception_tb = None
        return tb

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        if self._Future__log_traceback:
            self._Future__retrieved()
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
            return
        if context is None:
            context = contextvars.copy_context()
        self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        kept = [entry for entry in self._callbacks if entry[0] != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._Future__schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._Future__schedule_callbacks()
        self._Future__log_traceback = True
        _note_unretrieved(self)

    def _await_outcome(self):
        # What awaiting a done future gives: (exception, None) to raise, or
        # (None, result). Marks the exception retrieved, as result() does.
        if self._state == _CANCELLED:
            return self._make_cancelled_error(), None
        if self._Future__log_traceback:
            self._Future__retrieved()
        if self._exception is not None:
            return self._exception.with_traceback(self._take_exception_tb()), None
        return None, self._result

    if _FutureIter is not None:
        def __await__(self):
            # C: the failure reaches the awaiting coroutine with no frame of
            # ours in its traceback, as with CPython's C futures
            return _FutureIter(self)
    else:
        def __await__(self):
            if self._state == _PENDING and not self._asyncio_future_blocking:
                self._asyncio_future_blocking = True
                yield self  # the task driving us resumes us when we are done
            if self._state == _PENDING:
                raise RuntimeError("await wasn't used with future")
            exc, result = self._await_outcome()
            if exc is not None:
                raise exc
            return result

    __iter__ = __await__


_PyFuture = Future


# While failed futures nobody looked at exist, the loop looks for abandoned
# ones after each iteration (BaseEventLoop._collect_abandoned), as CPython
# finds them when their last reference goes away.
def _note_unretrieved(future):
    note = getattr(future._loop, '_note_unretrieved', None)
    if note is not None:
        note()


def _note_retrieved(future):
    note = getattr(future._loop, '_note_retrieved', None)
    if note is not None:
        note()


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


if hasattr(_asyncio, '_get_loop'):
    _get_loop = _asyncio._get_loop


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _copy_future_state(source, dest):
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    exception = source.exception()
    if exception is not None:
        dest.set_exception(exception)
    else:
        dest.set_result(source.result())


def _chain_future(source, destination):
    """Completes `destination` when `source` completes; cancelling
    `destination` cancels `source`. Both are asyncio futures of one loop."""
    if not isfuture(source):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination):
        raise TypeError('A future is required for destination argument')

    def check_cancel(dest):
        if dest.cancelled():
            source.cancel()

    def set_state(src):
        if destination.cancelled() and destination.get_loop().is_closed():
            return
        _copy_future_state(src, destination)

    destination.add_done_callback(check_cancel)
    source.add_done_callback(set_state)


def wrap_future(future, *, loop=None):
    """An asyncio future for `future`; concurrent.futures (threads) are not
    available in skein."""
    if isfuture(future):
        return future
    raise NotImplementedError('asyncio.wrap_future() of a concurrent.futures.Future: '
                              'skein has no threads')


if hasattr(_asyncio, 'Future'):
    Future = _CFuture = _asyncio.Future
