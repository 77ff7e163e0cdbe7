"""concurrent.futures for a VM that runs one thread.

Future, the exceptions and the wait constants behave as CPython's; a
future can be completed by the code that holds it. Executors need threads
or processes, which skein does not have: creating one raises
NotImplementedError, and so does blocking on a future nobody can complete.
"""

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
           'ThreadPoolExecutor')

import collections

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: 'pending',
    RUNNING: 'running',
    CANCELLED: 'cancelled',
    CANCELLED_AND_NOTIFIED: 'cancelled',
    FINISHED: 'finished',
}


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """An executor has become non-functional."""


def _cannot_block(what):
    return NotImplementedError(f'{what} would wait for another thread; skein runs one thread')


class Future:
    """The result of a computation that may complete later."""

    def __init__(self):
        self._state = PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                import sys
                sys.stderr.write(f'exception calling callback for {self!r}\n')
                sys.__excepthook__(*sys.exc_info())

    def __repr__(self):
        state = self._state
        where = f'{self.__class__.__name__} at {id(self):#x}'
        if state == FINISHED:
            if self._exception:
                return (f'<{where} state={_STATE_TO_DESCRIPTION_MAP[state]} '
                        f'raised {self._exception.__class__.__name__}>')
            return (f'<{where} state={_STATE_TO_DESCRIPTION_MAP[state]} '
                    f'returned {self._result.__class__.__name__}>')
        return f'<{where} state={_STATE_TO_DESCRIPTION_MAP[state]}>'

    def cancel(self):
        if self._state in (RUNNING, FINISHED):
            return False
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            return True
        self._state = CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def add_done_callback(self, fn):
        if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            import sys
            sys.stderr.write(f'exception calling callback for {self!r}\n')
            sys.__excepthook__(*sys.exc_info())

    def _wait(self, timeout, what):
        if self.done():
            return
        if timeout is not None:
            raise TimeoutError()
        raise _cannot_block(what)

    def result(self, timeout=None):
        self._wait(timeout, 'Future.result()')
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        self._wait(timeout, 'Future.exception()')
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        return self._exception

    def set_running_or_notify_cancel(self):
        if self._state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            return False
        if self._state == PENDING:
            self._state = RUNNING
            return True
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._exception = exception
        self._state = FINISHED
        self._invoke_callbacks()


class Executor:
    """Runs callables asynchronously (not available: see the module doc)."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return (f.result(timeout) for f in futures)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError('concurrent.futures.ThreadPoolExecutor: skein has no threads')


class ProcessPoolExecutor(Executor):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError('concurrent.futures.ProcessPoolExecutor: skein runs no '
                                  'worker processes')


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = {f for f in fs if f.done()}
    not_done = fs - done
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_EXCEPTION and any(
            not f.cancelled() and f.exception() is not None for f in done):
        return DoneAndNotDoneFutures(done, not_done)
    if not not_done or timeout is not None:
        return DoneAndNotDoneFutures(done, not_done)
    raise _cannot_block('concurrent.futures.wait()')


def as_completed(fs, timeout=None):
    fs = set(fs)
    pending = set(fs)
    for f in list(fs):
        if f.done():
            pending.discard(f)
            yield f
    if pending:
        if timeout is not None:
            raise TimeoutError(f'{len(pending)} (of {len(fs)}) futures unfinished')
        raise _cannot_block('concurrent.futures.as_completed()')


# Where CPython defines them (tracebacks and reprs show it).
for _cls in (Error, CancelledError, InvalidStateError, BrokenExecutor, Future, Executor):
    _cls.__module__ = 'concurrent.futures._base'
del _cls
