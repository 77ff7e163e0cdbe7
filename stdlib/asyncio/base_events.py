"""BaseEventLoop: the event loop skein runs.

The loop's core keeps a FIFO queue of ready callbacks (call_soon order)
and a heap of timers (call_at/call_later). One iteration (_run_once):

  1. drop cancelled timers from the top of the heap;
  2. if nothing is ready, sleep until the first timer is due;
  3. move the timers that are due to the end of the ready queue, so the
     callbacks already queued run first (sleep(0) work beats a timeout);
  4. run the callbacks that were ready at this point, not those they
     schedule (those wait for the next iteration).

The heap holds TimerHandles ordered by deadline alone, as CPython's does,
so timers with equal deadlines come out in the order CPython's heap gives
(scheduling order for up to three of them). The clock is time.monotonic().

The core is _asyncio._LoopCore (vm/loop.c) when the C module is there, and
_PyLoopCore below otherwise; BaseEventLoop adds the rest: running until a
future is done, exception handlers, shutdown, async generators. There is
no I/O selector: the socket, pipe, subprocess, signal and executor APIs
raise NotImplementedError.
"""

__all__ = ('BaseEventLoop', 'Server')

import collections
import heapq
import sys
import time

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks
from .log import logger

try:
    from gc import collect as _gc_collect
except ImportError:
    _gc_collect = None

try:
    from weakref import WeakSet as _WeakSet
except ImportError:
    _WeakSet = set

# Below this many timers, cancelled ones are only dropped from the top of
# the heap; above it the heap is rebuilt once half of them are cancelled.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

# The longest single sleep while waiting for a timer.
MAXIMUM_SELECT_TIMEOUT = 24 * 3600

try:
    _CLOCK_RESOLUTION = time.get_clock_info('monotonic').resolution
except AttributeError:
    _CLOCK_RESOLUTION = 1e-09


def _format_handle(handle):
    callback = handle._callback
    if isinstance(getattr(callback, '__self__', None), tasks.Task):
        # a task's step: the task says more than the bound method
        return repr(callback.__self__)
    return str(handle)


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # run_forever() is already unwinding with it: no need to stop
            return
    futures._get_loop(fut).stop()


def _not_supported(what):
    return NotImplementedError(f'{what} is not supported by skein (its event loop has no I/O)')


class Server(events.AbstractServer):
    def __init__(self, *args, **kwargs):
        raise _not_supported('asyncio servers')


class _PyLoopCore:
    """The loop's core in Python: the ready queue, the timer heap, the clock
    and one iteration. _asyncio._LoopCore replaces it when the C module is
    there; BaseEventLoop keeps the rest."""

    def __init__(self):
        self._ready = collections.deque()
        self._scheduled = []  # heap of TimerHandles
        self._stopping = False
        self._closed = False
        self._debug = False
        self._timer_cancelled_count = 0
        self._clock_resolution = _CLOCK_RESOLUTION
        self._unretrieved = 0

    def time(self):
        return time.monotonic()

    def call_later(self, delay, callback, *args, context=None):
        """Calls callback(*args) after `delay` seconds."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Calls callback(*args) at loop time `when`."""
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        """Calls callback(*args) on the next iteration, in FIFO order."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon')
        return self._call_soon(callback, args, context)

    def _call_soon(self, callback, args, context):
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        # One thread: the same as call_soon().
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        return self._call_soon(callback, args, context)

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _add_callback(self, handle):
        if not handle._cancelled:
            self._ready.append(handle)

    # ---- one iteration

    def _run_once(self):
        scheduled = self._scheduled
        count = len(scheduled)
        if (count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append(handle)
            heapq.heapify(kept)
            self._scheduled = scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                heapq.heappop(scheduled)._scheduled = False

        ready = self._ready
        if not ready and not self._stopping:
            self._wait_for_timer()

        end_time = self.time() + self._clock_resolution
        while scheduled:
            if scheduled[0]._when >= end_time:
                break
            handle = heapq.heappop(scheduled)
            handle._scheduled = False
            ready.append(handle)

        # Only what is ready now runs; callbacks these schedule wait for
        # the next iteration.
        for _ in range(len(ready)):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            if self._debug:
                self._run_handle_debug(handle)
            else:
                handle._run()
        handle = None  # no cycle through a traceback
        if self._unretrieved:
            self._collect_abandoned()

    def _wait_for_timer(self):
        scheduled = self._scheduled
        if not scheduled:
            # Nothing can ever become ready: no I/O, no other thread. Sleep
            # as CPython's selector would (forever, until interrupted).
            while True:
                time.sleep(MAXIMUM_SELECT_TIMEOUT)
        timeout = scheduled[0]._when - self.time()
        if timeout > 0:
            time.sleep(min(timeout, MAXIMUM_SELECT_TIMEOUT))

    # ---- failed futures nobody looked at

    def _note_unretrieved(self):
        self._unretrieved += 1

    def _note_retrieved(self):
        if self._unretrieved > 0:
            self._unretrieved -= 1

    def _clear_callbacks(self):
        self._ready.clear()
        self._scheduled.clear()
        self._timer_cancelled_count = 0


try:
    from _asyncio import _LoopCore
except ImportError:
    _LoopCore = _PyLoopCore


class BaseEventLoop(_LoopCore, events.AbstractEventLoop):

    def __init__(self):
        if _LoopCore is _PyLoopCore:
            _PyLoopCore.__init__(self)
        self._default_executor = None
        self._running = False
        self._clock_resolution = _CLOCK_RESOLUTION
        self._exception_handler = None
        self.set_debug(coroutines._is_debug_mode())
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        self._asyncgens = _WeakSet()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        # when to look for abandoned failed futures next (_collect_abandoned)
        self._abandoned_interval = 1
        self._abandoned_countdown = 0
        self._abandoned_seen = 0

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # ---- futures and tasks

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        if context is None:
            # the factory may predate the context parameter
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # ---- running and stopping

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Runs callbacks until stop() is called."""
        self._check_closed()
        self._check_running()
        get_hooks = getattr(sys, 'get_asyncgen_hooks', None)
        set_hooks = getattr(sys, 'set_asyncgen_hooks', None)
        old_hooks = get_hooks() if get_hooks is not None else None
        try:
            self._running = True
            if set_hooks is not None:
                set_hooks(firstiter=self._asyncgen_firstiter_hook,
                          finalizer=self._asyncgen_finalizer_hook)
            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)
            if set_hooks is not None and old_hooks is not None:
                set_hooks(*old_hooks)

    def run_until_complete(self, future):
        """Runs until `future` (a future, or a coroutine wrapped in a task)
        is done; returns its result or raises its exception."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            # the caller gets the error if it does not finish: no warning
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The coroutine raised a BaseException that escapes here;
                # the caller cannot reach the task, so mark it retrieved.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stops after the callbacks of the current iteration."""
        self._stopping = True

    def close(self):
        """Closes the loop, dropping pending callbacks. Not while running."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        if self._debug:
            logger.debug("Close %r", self)
        self._closed = True
        self._clear_callbacks()
        self._executor_shutdown_called = True
        self._collect_garbage()

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._running

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def _run_handle_debug(self, handle):
        # debug mode: time each callback and report the slow ones
        try:
            self._current_handle = handle
            started = self.time()
            handle._run()
            took = self.time() - started
            if took >= self.slow_callback_duration:
                logger.warning('Executing %s took %.3f seconds', _format_handle(handle), took)
        finally:
            self._current_handle = None

    def _collect_abandoned(self):
        # Called after each iteration while futures hold an exception nobody
        # looked at. CPython logs "... exception was never retrieved" when
        # the last reference to such a future goes away; skein has no
        # reference counts, so a collection finds the abandoned ones. Those
        # still around are kept on purpose: look less and less often (a
        # collection costs the whole heap), and at once again when one more
        # future fails.
        if self._unretrieved > self._abandoned_seen:
            self._abandoned_interval = 1
            self._abandoned_countdown = 0
        self._abandoned_countdown -= 1
        if self._abandoned_countdown > 0:
            return
        before = self._unretrieved
        self._collect_garbage()
        if self._unretrieved >= before:
            self._abandoned_interval = min(self._abandoned_interval * 2, 64)
        self._abandoned_countdown = self._abandoned_interval
        self._abandoned_seen = self._unretrieved

    def _collect_garbage(self):
        # What CPython would have freed by now: finalise it (futures log
        # their unretrieved exceptions, async generators get closed).
        if _gc_collect is not None:
            _gc_collect()

    # ---- async generators

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(f'asynchronous generator {agen!r} was scheduled after '
                          f'loop.shutdown_asyncgens() call', ResourceWarning, source=self)
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        """Closes the async generators still open (asyncio.run's shutdown)."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[agen.aclose() for agen in closing],
                                     return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous '
                               f'generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self, timeout=None):
        """Nothing to shut down: skein has no executor."""
        self._executor_shutdown_called = True

    # ---- what skein does not have

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        raise _not_supported('loop.run_in_executor() (threads)')

    def set_default_executor(self, executor):
        raise _not_supported('loop.set_default_executor() (threads)')

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        raise _not_supported('loop.getaddrinfo()')

    async def getnameinfo(self, sockaddr, flags=0):
        raise _not_supported('loop.getnameinfo()')

    async def create_connection(self, protocol_factory, host=None, port=None, **kwargs):
        raise _not_supported('loop.create_connection() (sockets)')

    async def create_server(self, protocol_factory, host=None, port=None, **kwargs):
        raise _not_supported('loop.create_server() (sockets)')

    async def sendfile(self, transport, file, offset=0, count=None, *, fallback=True):
        raise _not_supported('loop.sendfile()')

    async def start_tls(self, transport, protocol, sslcontext, **kwargs):
        raise _not_supported('loop.start_tls()')

    async def create_unix_connection(self, protocol_factory, path=None, **kwargs):
        raise _not_supported('loop.create_unix_connection() (sockets)')

    async def create_unix_server(self, protocol_factory, path=None, **kwargs):
        raise _not_supported('loop.create_unix_server() (sockets)')

    async def connect_accepted_socket(self, protocol_factory, sock, **kwargs):
        raise _not_supported('loop.connect_accepted_socket() (sockets)')

    async def create_datagram_endpoint(self, protocol_factory, local_addr=None,
                                       remote_addr=None, **kwargs):
        raise _not_supported('loop.create_datagram_endpoint() (sockets)')

    async def connect_read_pipe(self, protocol_factory, pipe):
        raise _not_supported('loop.connect_read_pipe() (pipes)')

    async def connect_write_pipe(self, protocol_factory, pipe):
        raise _not_supported('loop.connect_write_pipe() (pipes)')

    async def subprocess_shell(self, protocol_factory, cmd, **kwargs):
        raise _not_supported('loop.subprocess_shell() (subprocesses)')

    async def subprocess_exec(self, protocol_factory, *args, **kwargs):
        raise _not_supported('loop.subprocess_exec() (subprocesses)')

    def add_reader(self, fd, callback, *args):
        raise _not_supported('loop.add_reader() (I/O readiness)')

    def remove_reader(self, fd):
        raise _not_supported('loop.remove_reader() (I/O readiness)')

    def add_writer(self, fd, callback, *args):
        raise _not_supported('loop.add_writer() (I/O readiness)')

    def remove_writer(self, fd):
        raise _not_supported('loop.remove_writer() (I/O readiness)')

    async def sock_recv(self, sock, nbytes):
        raise _not_supported('loop.sock_recv() (sockets)')

    async def sock_recv_into(self, sock, buf):
        raise _not_supported('loop.sock_recv_into() (sockets)')

    async def sock_recvfrom(self, sock, bufsize):
        raise _not_supported('loop.sock_recvfrom() (sockets)')

    async def sock_recvfrom_into(self, sock, buf, nbytes=0):
        raise _not_supported('loop.sock_recvfrom_into() (sockets)')

    async def sock_sendall(self, sock, data):
        raise _not_supported('loop.sock_sendall() (sockets)')

    async def sock_sendto(self, sock, data, address):
        raise _not_supported('loop.sock_sendto() (sockets)')

    async def sock_connect(self, sock, address):
        raise _not_supported('loop.sock_connect() (sockets)')

    async def sock_accept(self, sock):
        raise _not_supported('loop.sock_accept() (sockets)')

    async def sock_sendfile(self, sock, file, offset=0, count=None, *, fallback=True):
        raise _not_supported('loop.sock_sendfile() (sockets)')

    def add_signal_handler(self, sig, callback, *args):
        raise _not_supported('loop.add_signal_handler() (signals)')

    def remove_signal_handler(self, sig):
        raise _not_supported('loop.remove_signal_handler() (signals)')

    # ---- errors

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Logs the context: its message, then each other key sorted
        ('future: <Task ...>'), then the exception's traceback."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        if exception is not None:
            exc_info = (type(exception), exception, exception.__traceback__)
        else:
            exc_info = False
        lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            value = context[key]
            if key == 'source_traceback' or key == 'handle_traceback':
                import traceback
                what = 'Object' if key == 'source_traceback' else 'Handle'
                value = (f'{what} created at (most recent call last):\n' +
                         ''.join(traceback.format_list(value)).rstrip())
            else:
                value = repr(value)
            lines.append(f'{key}: {value}')
        if exc_info and exception.__traceback__ is None and 'handle' in context:
            # A callback that failed without a Python frame (a builtin, a
            # non-callable): CPython's traceback still starts in
            # Handle._run, which called it; skein calls it from C, so only
            # the header and the exception remain to print.
            import traceback
            tail = ''.join(traceback.format_exception_only(type(exception), exception))
            lines.append('Traceback (most recent call last):\n' + tail.rstrip('\n'))
            exc_info = False
        logger.error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Reports an error that has no caller to go to: through the handler
        set with set_exception_handler(), or by logging it."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler', exc_info=True)
            return
        try:
            # Run the handler in the context of what failed, if it has one.
            thing = context.get('task')
            if thing is None:
                thing = context.get('future')
            if thing is None:
                thing = context.get('handle')
            ctx = None
            if thing is not None and hasattr(thing, 'get_context'):
                ctx = thing.get_context()
            if ctx is not None and hasattr(ctx, 'run'):
                ctx.run(self._exception_handler, self, context)
            else:
                self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler while handling an '
                             'unexpected error in custom exception handler', exc_info=True)

    # ---- debug mode

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled
