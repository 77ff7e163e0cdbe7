"""Callback handles, the event loop interface, and which loop is current.

Handle is a callback queued with call_soon(); TimerHandle one queued with
call_at()/call_later(). AbstractEventLoop lists the loop's methods: those
skein does not provide (sockets, pipes, subprocesses, signals, executors)
raise NotImplementedError in the concrete loop. The policy here is the
minimal one asyncio.run() and get_event_loop() need: one loop per thread,
and skein has one thread.
"""

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer', 'Handle',
           'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop',
           'set_event_loop', 'new_event_loop', 'get_child_watcher', 'set_child_watcher',
           '_set_running_loop', 'get_running_loop', '_get_running_loop')

import contextvars
import sys

from . import format_helpers


class Handle:
    """A callback with its arguments, as returned by loop.call_soon()."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_source_traceback', '_repr',
                 '__weakref__', '_context')

    def __init__(self, callback, args, loop, context=None):
        if context is None:
            context = contextvars.copy_context()
        self._context = context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        self._source_traceback = None

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(format_helpers._format_callback_source(self._callback, self._args))
        if self._source_traceback:
            frame = self._source_traceback[-1]
            info.append(f'created at {frame[0]}:{frame[1]}')
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<' + ' '.join(self._repr_info()) + '>'

    def get_context(self):
        return self._context

    def cancel(self):
        if self._cancelled:
            return
        self._cancelled = True
        if self._loop.get_debug():
            # keep describing the callback after it is dropped
            self._repr = repr(self)
        self._callback = None
        self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            where = format_helpers._format_callback_source(self._callback, self._args)
            context = {
                'message': f'Exception in callback {where}',
                'exception': exc,
                'handle': self,
            }
            if self._source_traceback:
                context['source_traceback'] = self._source_traceback
            self._loop.call_exception_handler(context)
        self = None  # no cycle through the traceback


class TimerHandle(Handle):
    """A callback due at a loop time, as returned by loop.call_at()."""

    __slots__ = ('_scheduled', '_when')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback and
                    self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class AbstractServer:
    """A listening server (not available in skein)."""

    def close(self):
        raise NotImplementedError

    def get_loop(self):
        raise NotImplementedError

    def is_serving(self):
        raise NotImplementedError

    async def start_serving(self):
        raise NotImplementedError

    async def serve_forever(self):
        raise NotImplementedError

    async def wait_closed(self):
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class AbstractEventLoop:
    """The interface of an event loop; every method raises here."""

    def run_forever(self):
        raise NotImplementedError

    def run_until_complete(self, future):
        raise NotImplementedError

    def stop(self):
        raise NotImplementedError

    def is_running(self):
        raise NotImplementedError

    def is_closed(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    async def shutdown_asyncgens(self):
        raise NotImplementedError

    async def shutdown_default_executor(self):
        raise NotImplementedError

    def _timer_handle_cancelled(self, handle):
        raise NotImplementedError

    def call_soon(self, callback, *args, context=None):
        return self.call_later(0, callback, *args, context=context)

    def call_later(self, delay, callback, *args, context=None):
        raise NotImplementedError

    def call_at(self, when, callback, *args, context=None):
        raise NotImplementedError

    def time(self):
        raise NotImplementedError

    def create_future(self):
        raise NotImplementedError

    def create_task(self, coro, *, name=None, context=None):
        raise NotImplementedError

    def call_soon_threadsafe(self, callback, *args, context=None):
        raise NotImplementedError

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError

    def set_default_executor(self, executor):
        raise NotImplementedError

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        raise NotImplementedError

    async def getnameinfo(self, sockaddr, flags=0):
        raise NotImplementedError

    async def create_connection(self, protocol_factory, host=None, port=None, **kwargs):
        raise NotImplementedError

    async def create_server(self, protocol_factory, host=None, port=None, **kwargs):
        raise NotImplementedError

    async def sendfile(self, transport, file, offset=0, count=None, *, fallback=True):
        raise NotImplementedError

    async def start_tls(self, transport, protocol, sslcontext, **kwargs):
        raise NotImplementedError

    async def create_unix_connection(self, protocol_factory, path=None, **kwargs):
        raise NotImplementedError

    async def create_unix_server(self, protocol_factory, path=None, **kwargs):
        raise NotImplementedError

    async def connect_accepted_socket(self, protocol_factory, sock, **kwargs):
        raise NotImplementedError

    async def create_datagram_endpoint(self, protocol_factory, local_addr=None, remote_addr=None,
                                       **kwargs):
        raise NotImplementedError

    async def connect_read_pipe(self, protocol_factory, pipe):
        raise NotImplementedError

    async def connect_write_pipe(self, protocol_factory, pipe):
        raise NotImplementedError

    async def subprocess_shell(self, protocol_factory, cmd, **kwargs):
        raise NotImplementedError

    async def subprocess_exec(self, protocol_factory, *args, **kwargs):
        raise NotImplementedError

    def add_reader(self, fd, callback, *args):
        raise NotImplementedError

    def remove_reader(self, fd):
        raise NotImplementedError

    def add_writer(self, fd, callback, *args):
        raise NotImplementedError

    def remove_writer(self, fd):
        raise NotImplementedError

    async def sock_recv(self, sock, nbytes):
        raise NotImplementedError

    async def sock_recv_into(self, sock, buf):
        raise NotImplementedError

    async def sock_recvfrom(self, sock, bufsize):
        raise NotImplementedError

    async def sock_recvfrom_into(self, sock, buf, nbytes=0):
        raise NotImplementedError

    async def sock_sendall(self, sock, data):
        raise NotImplementedError

    async def sock_sendto(self, sock, data, address):
        raise NotImplementedError

    async def sock_connect(self, sock, address):
        raise NotImplementedError

    async def sock_accept(self, sock):
        raise NotImplementedError

    async def sock_sendfile(self, sock, file, offset=0, count=None, *, fallback=None):
        raise NotImplementedError

    def add_signal_handler(self, sig, callback, *args):
        raise NotImplementedError

    def remove_signal_handler(self, sig):
        raise NotImplementedError

    def set_task_factory(self, factory):
        raise NotImplementedError

    def get_task_factory(self):
        raise NotImplementedError

    def get_exception_handler(self):
        raise NotImplementedError

    def set_exception_handler(self, handler):
        raise NotImplementedError

    def default_exception_handler(self, context):
        raise NotImplementedError

    def call_exception_handler(self, context):
        raise NotImplementedError

    def get_debug(self):
        raise NotImplementedError

    def set_debug(self, enabled):
        raise NotImplementedError


class AbstractEventLoopPolicy:
    """Decides which loop get_event_loop() returns."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One current loop (skein runs a single thread); get_event_loop()
    makes one, with a DeprecationWarning, if none was ever set."""

    _loop_factory = None

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            # Point the warning at the first caller outside asyncio.
            stacklevel = 2
            try:
                frame = sys._getframe(1)
            except (AttributeError, ValueError):
                frame = None
            while frame is not None:
                module = frame.f_globals.get('__name__') or ''
                if not (module == 'asyncio' or module.startswith('asyncio.')):
                    break
                frame = frame.f_back
                stacklevel += 1
            import warnings
            warnings.warn('There is no current event loop', DeprecationWarning,
                          stacklevel=stacklevel)
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, "
                            f"not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return self._loop_factory()

    def get_child_watcher(self):
        raise NotImplementedError('asyncio child watchers (subprocesses) are not supported by skein')

    def set_child_watcher(self, watcher):
        raise NotImplementedError('asyncio child watchers (subprocesses) are not supported by skein')


_event_loop_policy = None
_running_loop = None


def get_running_loop():
    """The running event loop; RuntimeError when there is none."""
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    """The running event loop, or None."""
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def _init_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        from . import DefaultEventLoopPolicy
        _event_loop_policy = DefaultEventLoopPolicy()


def get_event_loop_policy():
    if _event_loop_policy is None:
        _init_event_loop_policy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """The running loop if there is one, else the policy's current loop."""
    loop = _running_loop
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


def get_child_watcher():
    return get_event_loop_policy().get_child_watcher()


def set_child_watcher(watcher):
    return get_event_loop_policy().set_child_watcher(watcher)


# The running loop lives in the VM when the C module is there (its futures
# and tasks look it up too), as CPython's _asyncio keeps it. The C loop
# core makes C handles, so those replace the classes above.
try:
    from _asyncio import _get_running_loop, _set_running_loop, get_running_loop
except ImportError:
    pass

_PyHandle = Handle
_PyTimerHandle = TimerHandle
try:
    from _asyncio import Handle, TimerHandle
except ImportError:
    pass
