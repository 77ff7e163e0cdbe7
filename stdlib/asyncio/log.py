"""The "asyncio" logger, as in CPython: records asyncio reports (a task's
exception never retrieved, errors in the default exception handler, slow
callbacks in debug mode) go through logging, so a program's handlers see
them and, with none configured, logging's last-resort handler prints them
on sys.stderr.
"""

import logging

logger = logging.getLogger(__package__)
