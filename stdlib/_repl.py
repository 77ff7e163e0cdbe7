"""_repl: the event loop that top-level await at the interactive prompt
runs on.

An input that awaits at top level compiles to a coroutine (see
sk_run_interactive in skein.h). It runs as a task on one event loop that
lives as long as the session, so tasks started by one input keep running
whenever a later input awaits, as on CPython's `python -m asyncio` prompt.
"""

_loop = None


def run(coro):
    """Runs the coroutine of one input to its end; returns its result."""
    global _loop
    try:
        import asyncio
    except ModuleNotFoundError:
        coro.close()
        raise NotImplementedError(
            "top-level await at the prompt needs the asyncio package, "
            "which skein does not have yet") from None
    if _loop is None or _loop.is_closed():
        _loop = asyncio.new_event_loop()
    asyncio.set_event_loop(_loop)
    task = _loop.create_task(coro)
    try:
        return _loop.run_until_complete(task)
    except BaseException:
        # Ctrl-C stops this input only: its task must not go on running in
        # a later one, nor be reported as an exception never retrieved.
        if not task.done():
            task.cancel()
        elif not task.cancelled():
            task.exception()
        raise
