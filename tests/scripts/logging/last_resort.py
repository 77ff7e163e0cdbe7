# A program that never configures logging: loggers print bare messages
# for WARNING and above on stderr (the last-resort handler), lower levels
# are dropped, and exc_info appends the traceback.
import logging
import sys

log = logging.getLogger(__name__)
print(log.name, log.level, log.getEffectiveLevel(), log.parent is logging.root)
log.debug("dropped %s", 1)
log.info("dropped too")
log.warning("warning %s and %r", "text", [1, 2])
log.error("error with %d%%", 50)
log.critical("critical")
log.log(35, "custom level %s", 35)
log.log(25, "below warning: dropped")


def divide(a, b):
    return a / b


try:
    divide(1, 0)
except ZeroDivisionError:
    log.exception("divide failed for %s", (1, 0))

try:
    {}["missing"]
except KeyError as e:
    log.error("as instance", exc_info=e)
    saved = sys.exc_info()
log.warning("as tuple", exc_info=saved)
log.warning("exc_info outside handler", exc_info=True)
log.error("mapping args %(a)s-%(b)s", {"a": 1, "b": 2})
log.warning("no args keeps %s literally")
log.warning(ValueError("a non-string message"))
print(logging.root.handlers, log.handlers, log.hasHandlers())
print("stdout done")
