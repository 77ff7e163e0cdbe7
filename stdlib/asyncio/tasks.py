"""Task, which drives a coroutine on the loop, and the functions built on
tasks and futures: sleep, gather, shield, wait, wait_for, as_completed,
ensure_future, current_task and all_tasks.

A task runs its coroutine one step at a time, each step being one callback
on the loop. A step sends None (or throws an exception) into the coroutine;
when the coroutine yields a future (from Future.__await__), the task adds
a done callback to it and the next step runs once the future is done.

A C module `_asyncio` may provide Task and the current-task bookkeeping
with the same interface; they then replace what is defined here.
"""

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait',
           'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'run_coroutine_threadsafe', 'current_task', 'all_tasks', 'create_eager_task_factory',
           'eager_task_factory', '_register_task', '_unregister_task', '_enter_task',
           '_leave_task')

import contextvars
import functools
import itertools
import types
import warnings

from . import base_tasks
from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import timeouts

# Every task takes a number, named or not, as CPython's C tasks do.
_task_name_counter = itertools.count(1).__next__


def current_task(loop=None):
    """The task running now on `loop` (default: the running loop), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of tasks of `loop` (default: the running loop) not yet done."""
    if loop is None:
        loop = events.get_running_loop()
    return {task for task in itertools.chain(list(_scheduled_tasks), list(_eager_tasks))
            if futures._get_loop(task) is loop and not task.done()}


def _set_task_name(task, name):
    if name is None:
        return
    try:
        set_name = task.set_name
    except AttributeError:
        warnings.warn('Task.set_name() was added in Python 3.8, the method support will be '
                      'mandatory for third-party task implementations since 3.13.',
                      DeprecationWarning, stacklevel=3)
    else:
        set_name(name)


class Task(futures._PyFuture):
    """A coroutine scheduled on an event loop, itself a future of its
    coroutine's outcome."""

    # Whether to log "Task was destroyed but it is pending!".
    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            # checked after Future.__init__ so that __del__ finds its fields
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        number = _task_name_counter()
        self._name = f'Task-{number}' if name is None else str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = contextvars.copy_context() if context is None else context
        if eager_start and self._loop.is_running():
            self._Task__eager_start()
        else:
            self._loop.call_soon(self._Task__step, context=self._context)
            _register_task(self)

    def __del__(self):
        if self._state == futures._PENDING and self._log_destroy_pending:
            context = {
                'task': self,
                'message': 'Task was destroyed but it is pending!',
            }
            if self._source_traceback:
                context['source_traceback'] = self._source_traceback
            self._loop.call_exception_handler(context)
        super().__del__()

    def __repr__(self):
        return base_tasks._task_repr(self)

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        return base_tasks._task_get_stack(self, limit)

    def print_stack(self, *, limit=None, file=None):
        return base_tasks._task_print_stack(self, limit, file)

    def cancel(self, msg=None):
        """Asks the task to stop: the CancelledError is thrown into its
        coroutine at its next step. Counts the request (see cancelling())."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None and waiter.cancel(msg=msg):
            # The waiter may be a task that swallows the cancellation, so it
            # stays recorded: we may have to cancel it again.
            return True
        # Our step is already scheduled: it throws in the CancelledError.
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _Task__eager_start(self):
        # Run the first step now, inside create_task(), as the current task.
        loop = self._loop
        previous = _swap_current_task(loop, self)
        try:
            _register_eager_task(self)
            try:
                self._context.run(self._Task__step_run_and_handle_result, None)
            finally:
                _unregister_eager_task(self)
        finally:
            try:
                _swap_current_task(loop, previous)
            finally:
                if self.done():
                    self._coro = None
                else:
                    _register_task(self)
                self = None

    def _Task__step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        _enter_task(loop, self)
        try:
            self._Task__step_run_and_handle_result(exc)
        finally:
            _leave_task(loop, self)
            if self._state != futures._PENDING:
                _unregister_task(self)
            self = None  # no cycle through a traceback

    def _Task__step_run_and_handle_result(self, exc):
        coro = self._coro
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            _drop_own_frame(stop)
            if self._must_cancel:
                # cancel() came while the coroutine was finishing
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(stop.value)
        except exceptions.CancelledError as cancelled:
            _drop_own_frame(cancelled)
            # Kept so that the first result()/exception() raises it (with its
            # traceback); later calls raise a fresh CancelledError.
            self._cancelled_exc = cancelled
            super().cancel()
        except (KeyboardInterrupt, SystemExit) as fatal:
            _drop_own_frame(fatal)
            super().set_exception(fatal)
            raise
        except BaseException as error:
            _drop_own_frame(error)
            super().set_exception(error)
        else:
            self._Task__handle_yield(result)
        finally:
            self = None

    def _Task__handle_yield(self, result):
        loop = self._loop
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._get_loop(result) is not loop:
                error = RuntimeError(f'Task {self!r} got Future {result!r} attached to a '
                                     f'different loop')
            elif not blocking:
                error = RuntimeError(f'yield was used instead of yield from in task {self!r} '
                                     f'with {result!r}')
            elif result is self:
                error = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self._Task__wakeup, context=self._context)
                self._fut_waiter = result
                if self._must_cancel and result.cancel(msg=self._cancel_message):
                    self._must_cancel = False
                return
        elif result is None:
            # a bare yield (sleep(0)): run again on the next iteration
            loop.call_soon(self._Task__step, context=self._context)
            return
        elif isinstance(result, types.GeneratorType):
            error = RuntimeError(f'yield was used instead of yield from for generator in task '
                                 f'{self!r} with {result!r}')
        else:
            error = RuntimeError(f'Task got bad yield: {result!r}')
        loop.call_soon(self._Task__step, error, context=self._context)

    def _Task__wakeup(self, future):
        # If the awaited future failed or was cancelled, that is thrown into
        # the coroutine; otherwise None is sent (Future.__await__ fetches
        # the result itself). The step runs outside the except clause, so
        # the coroutine does not see this error as one being handled.
        error = None
        try:
            future.result()
        except BaseException as exc:
            error = exc
        self._Task__step(error)
        self = error = None


def _drop_own_frame(exc):
    # An exception coming out of coro.send()/throw() has this module's step
    # frame first in its traceback; CPython's C task adds no frame there.
    tb = exc.__traceback__
    if tb is not None and tb.tb_frame.f_code is _STEP_CODE:
        exc.__traceback__ = tb.tb_next


_STEP_CODE = Task._Task__step_run_and_handle_result.__code__

# In reprs the wake-up callback reads as CPython's C task shows it.
Task._Task__wakeup.__qualname__ = 'Task.task_wakeup'
Task._Task__step.__qualname__ = 'Task.task_step'

if futures._GenericAlias is not None:
    Task.__class_getitem__ = classmethod(futures._GenericAlias)

_PyTask = Task

try:
    import _asyncio
except ImportError:
    _asyncio = None
if hasattr(_asyncio, 'Task'):
    Task = _CTask = _asyncio.Task


def create_task(coro, *, name=None, context=None):
    """Schedules `coro` on the running loop; returns its Task."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures or tasks in `fs`; returns (done, pending)."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    """Awaits `fut`, cancelling it and raising TimeoutError after `timeout`
    seconds. If the awaitable swallows the cancellation, its value is
    returned (3.12)."""
    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise TimeoutError from exc
    async with timeouts.timeout(timeout):
        return await fut


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def _on_completion(f):
        nonlocal remaining
        remaining -= 1
        if (remaining <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and not f.cancelled() and
                f.exception() is not None):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


async def _cancel_and_wait(fut):
    # Waits on a separate future so that this wait itself stays cancellable.
    loop = events.get_running_loop()
    waiter = loop.create_future()
    callback = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(callback)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(callback)


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables giving the results of `fs` in the order
    they complete."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    done = Queue()
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # each None makes one waiter time out
        todo.clear()

    def _on_completion(f):
        if not todo:
            return  # _on_timeout() came first
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


class _YieldOnce:
    # What sleep(0) awaits: one bare yield, so the task steps again on the
    # next loop iteration.
    __slots__ = ()

    def __await__(self):
        yield


_yield_once = _YieldOnce()


async def sleep(delay, result=None):
    """Suspends the current task for `delay` seconds; returns `result`."""
    if delay <= 0:
        await _yield_once
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def ensure_future(coro_or_future, *, loop=None):
    """`coro_or_future` itself if it is a future, else a Task running it."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    should_close = True
    if not coroutines.iscoroutine(coro_or_future):
        if _isawaitable(coro_or_future):
            async def _wrap_awaitable(awaitable):
                return await awaitable

            coro_or_future = _wrap_awaitable(coro_or_future)
            should_close = False
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if should_close:
            coro_or_future.close()
        raise


def _isawaitable(obj):
    if isinstance(obj, types.CoroutineType):
        return True
    if isinstance(obj, types.GeneratorType):
        return bool(obj.gi_code.co_flags & 0x100)  # CO_ITERABLE_COROUTINE
    return hasattr(type(obj), '__await__')


class _GatheringFuture(futures.Future):
    """gather()'s outer future: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        if cancelled_any:
            # propagate the cancellation whatever return_exceptions says
            self._cancel_requested = True
        return cancelled_any


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the list of results of the awaitables given, in order.

    Coroutines are wrapped in tasks. Without return_exceptions the first
    failure (or cancellation) of a child becomes the outer future's
    exception and the other children keep running.
    """
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()  # mark it retrieved
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    # reported, not raised: a fresh error with the message
                    message = child._cancel_message
                    res = exceptions.CancelledError('' if message is None else message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    done_futs = []
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                # made here, so nobody else can await it: no pending warning
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            if fut.done():
                done_futs.append(fut)
            else:
                fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]  # the same awaitable twice
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    for fut in done_futs:
        _done_callback(fut)
    return outer


def shield(arg):
    """A future that follows `arg` but whose cancellation does not cancel
    `arg`. Once the outer future is cancelled it stops following."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # mark it retrieved
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def run_coroutine_threadsafe(coro, loop):
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    raise NotImplementedError('asyncio.run_coroutine_threadsafe(): skein has no threads')


def create_eager_task_factory(custom_task_constructor):
    """A task factory whose tasks run their first step inside create_task()."""

    def factory(loop, coro, *, name=None, context=None):
        return custom_task_constructor(coro, loop=loop, name=name, context=context,
                                       eager_start=True)

    return factory


eager_task_factory = create_eager_task_factory(Task)

# Tasks not yet done. Weak, as in CPython: a pending task nobody can reach
# any more is collected (and logs "Task was destroyed but it is pending!").
# A task also leaves the set when it finishes.
try:
    from weakref import WeakSet as _WeakSet
except ImportError:
    _WeakSet = set
_scheduled_tasks = _WeakSet()
_eager_tasks = set()
_current_tasks = {}


def _register_task(task):
    _scheduled_tasks.add(task)


def _register_eager_task(task):
    _eager_tasks.add(task)


def _unregister_task(task):
    _scheduled_tasks.discard(task)


def _unregister_eager_task(task):
    _eager_tasks.discard(task)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another '
                           f'task {current!r} is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match '
                           f'the current task {current!r}.')
    del _current_tasks[loop]


def _swap_current_task(loop, task):
    previous = _current_tasks.get(loop)
    if task is None:
        del _current_tasks[loop]
    else:
        _current_tasks[loop] = task
    return previous


try:
    from _asyncio import (_register_task, _register_eager_task, _unregister_task,
                          _unregister_eager_task, _enter_task, _leave_task, _swap_current_task,
                          _scheduled_tasks, _eager_tasks, _current_tasks, current_task)
except ImportError:
    pass

