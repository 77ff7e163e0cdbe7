"""Tracing of memory allocations: skein has none, so this module reports
what CPython's reports while tracing is off, and start() says it is not
available.

The warnings module asks it where an object was allocated (to print with
"coroutine ... was never awaited"); the answer is always "not traced".
"""

__all__ = ['is_tracing', 'start', 'stop', 'clear_traces', 'get_object_traceback',
           'get_traced_memory', 'get_traceback_limit', 'reset_peak', 'take_snapshot',
           'get_tracemalloc_memory']


def is_tracing():
    """False: allocations are never traced."""
    return False


def start(nframe=1):
    raise NotImplementedError("tracemalloc.start(): memory allocation tracing is not implemented in skein")


def stop():
    """Nothing to stop: tracing is never on."""


def clear_traces():
    """There are no traces to clear."""


def get_object_traceback(obj):
    """None: where an object was allocated is not known without tracing."""
    return None


def get_traced_memory():
    """(current, peak) size of traced blocks: nothing is traced."""
    return (0, 0)


def reset_peak():
    """Nothing is traced, so there is no peak to reset."""


def get_traceback_limit():
    """How many frames a trace would keep."""
    return 1


def get_tracemalloc_memory():
    """Memory used to store traces: none."""
    return 0


def take_snapshot():
    raise RuntimeError("the tracemalloc module must be tracing memory to take a snapshot")
