"""asyncio for skein: the event loop, futures and tasks, and the structured
layers on top (TaskGroup, timeouts, queues, locks), behaving as CPython
3.12's asyncio does. There is no I/O: sockets, streams, subprocesses,
signals and threads raise NotImplementedError."""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .runners import *
from .queues import *
from .streams import *
from .subprocess import *
from .tasks import *
from .taskgroups import *
from .timeouts import *
from .threads import *
from .unix_events import *

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__ +
           futures.__all__ + locks.__all__ + runners.__all__ + queues.__all__ +
           streams.__all__ + subprocess.__all__ + tasks.__all__ + taskgroups.__all__ +
           threads.__all__ + timeouts.__all__ + unix_events.__all__)
