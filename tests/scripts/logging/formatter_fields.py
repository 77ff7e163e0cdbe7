# Formatter: the standard record attributes, asctime with a fixed clock
# (converter = time.gmtime, created set by a filter), datefmt, defaults,
# exc_text kept on the record, stack_info.
import logging
import os
import sys
import time


class FixedClock(logging.Filter):
    def filter(self, record):
        record.created = 86400 * 365 + 0.25
        record.msecs = 250.0
        return True


log = logging.getLogger("fields")
log.propagate = False
h = logging.StreamHandler(sys.stdout)
h.addFilter(FixedClock())
log.addHandler(h)
log.setLevel(logging.DEBUG)
logging.Formatter.converter = time.gmtime

h.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
log.info("default asctime")
h.setFormatter(logging.Formatter("[%(asctime)s] %(message)s", datefmt="%d/%m/%Y %H:%M"))
log.info("datefmt")
h.setFormatter(logging.Formatter("{asctime} {msecs:.0f} {levelno} {message}", style="{"))
log.warning("brace asctime")
h.setFormatter(logging.Formatter("${asctime} $message", style="$"))
log.warning("dollar asctime")
h.setFormatter(logging.Formatter(
    "%(name)s|%(levelname)s|%(levelno)s|%(filename)s|%(module)s|%(funcName)s|%(lineno)d|"
    "%(threadName)s|%(processName)s|%(taskName)s|%(message)s"))


def inner():
    log.debug("from inner")


inner()
print(os.path.basename(__file__) == "formatter_fields.py")

seen = []


class Keep(logging.Filter):
    def filter(self, record):
        seen.append(record)
        return True


h.addFilter(Keep())
h.setFormatter(logging.Formatter("%(message)s"))
log.info("attrs")
r = seen[-1]
print(r.pathname == __file__, r.process == os.getpid(), type(r.thread) is int,
      r.relativeCreated >= 0, r.exc_info, r.exc_text, r.stack_info, r.args, r.msg)
print(r.getMessage(), r.message)
print(repr(r).startswith('<LogRecord: fields, 20, '), repr(r).endswith(', "attrs">'))

h.setFormatter(logging.Formatter("%(message)s %(user)s", defaults={"user": "anon"}))
log.info("with defaults")
log.info("overridden", extra={"user": "alice"})

h.setFormatter(logging.Formatter("%(message)s %(nope)s"))
try:
    h.format(logging.makeLogRecord({"msg": "m"}))
except ValueError as e:
    print("ValueError", e)

h.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
try:
    raise RuntimeError("kept")
except RuntimeError:
    log.exception("first")
rec = seen[-1]
print(rec.exc_text.splitlines()[-1])
print(h.format(rec) == "ERROR: first\n" + rec.exc_text)


def deep():
    log.info("with stack", stack_info=True)


deep()
print(logging.Formatter().format(logging.makeLogRecord({"msg": "a %s b", "args": ("x",)})))
rec = logging.makeLogRecord({"msg": "ends with newline\n", "exc_text": "EXC"})
print(repr(logging.Formatter().format(rec)))
for bad in [("%(message)", "%"), ("nothing", "{"), ("{message!x}", "{"), ("$$", "$")]:
    try:
        logging.Formatter(bad[0], style=bad[1])
    except ValueError as e:
        print("ValueError", e)
try:
    logging.Formatter(style="x")
except ValueError as e:
    print("ValueError", e)
print(logging.Formatter("no fields", validate=False).format(logging.makeLogRecord({"msg": "m"})))
