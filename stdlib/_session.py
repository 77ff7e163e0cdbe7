"""_session: the event loop of a session driven from outside Python.

Two hosts run awaitables from C rather than from a Python program's own
asyncio.run: the interactive prompt, where an input that awaits at top
level compiles to a coroutine (sk_run_interactive in skein.h), and an
embedding program calling sk_await or sk_future_new. Both use one event
loop that lives as long as the VM, so tasks started by one input or call
keep running whenever a later one awaits, as on CPython's
`python -m asyncio` prompt.
"""

import asyncio

_loop = None


def loop():
    """The session's event loop, made on first use (and again if a program
    closed it)."""
    global _loop
    if _loop is None or _loop.is_closed():
        _loop = asyncio.new_event_loop()
    return _loop


def future():
    """A new future for the host to complete: on the running loop when
    called from code that loop runs, else on the session's loop."""
    try:
        running = asyncio.get_running_loop()
    except RuntimeError:
        running = loop()
    return running.create_future()


def run(awaitable):
    """Runs a coroutine, task or future to its end on the session's loop;
    returns its result."""
    session = loop()
    asyncio.set_event_loop(session)
    task = asyncio.ensure_future(awaitable, loop=session)
    try:
        return session.run_until_complete(task)
    except BaseException:
        # Ctrl-C stops this run only: its task must not go on running in
        # a later one, nor be reported as an exception never retrieved.
        if not task.done():
            task.cancel()
        elif not task.cancelled():
            task.exception()
        raise


def spawn(awaitable):
    """Wraps a coroutine (or future) in a task on the session's loop, to
    run as the host steps the loop; returns the task."""
    return asyncio.ensure_future(awaitable, loop=loop())


def step():
    """One turn of the session's loop that does not wait: the timers that
    are due and the callbacks that are ready run (asyncio's documented
    idiom: stop() before run_forever() polls once and returns)."""
    session = loop()
    asyncio.set_event_loop(session)
    session.stop()
    session.run_forever()


def next_wakeup():
    """Seconds until the session's loop has something to do: 0 when a
    callback is ready, -1 when nothing at all is scheduled."""
    session = loop()
    if session._ready:
        return 0.0
    timers = [h for h in session._scheduled if not h.cancelled()]
    if not timers:
        return -1.0
    return max(0.0, min(h.when() for h in timers) - session.time())
