"""The concrete event loop class and the default policy.

The class keeps CPython's name on Unix, _UnixSelectorEventLoop, which its
repr shows; it has no selector (see base_events)."""

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')

import sys

from . import base_events
from . import events
from .log import logger

# The selector CPython's loop would pick here (selectors.DefaultSelector),
# named in its debug record although skein's loop polls without one.
if sys.platform == 'linux':
    _SELECTOR_NAME = 'EpollSelector'
elif sys.platform == 'darwin' or 'bsd' in sys.platform:
    _SELECTOR_NAME = 'KqueueSelector'
else:
    _SELECTOR_NAME = 'PollSelector'


class _UnixSelectorEventLoop(base_events.BaseEventLoop):
    """The event loop asyncio.run() and new_event_loop() create."""

    def __init__(self, selector=None):
        if selector is not None:
            raise NotImplementedError("an event loop with a given selector")
        super().__init__()
        logger.debug('Using selector: %s', _SELECTOR_NAME)


SelectorEventLoop = _UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
