"""The concrete event loop class and the default policy.

The class keeps CPython's name on Unix, _UnixSelectorEventLoop, which its
repr shows; it has no selector (see base_events)."""

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')

from . import base_events
from . import events


class _UnixSelectorEventLoop(base_events.BaseEventLoop):
    """The event loop asyncio.run() and new_event_loop() create."""


SelectorEventLoop = _UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
