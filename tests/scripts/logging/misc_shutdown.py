# lastResort switched off, raiseExceptions, record factories, and
# shutdown at exit: handlers are flushed and closed after the program's
# own atexit callbacks (registered later, so run first).
import atexit
import logging
import sys


class Tracing(logging.Handler):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag

    def emit(self, record):
        try:
            print(self.tag, "emit", self.format(record))
        except Exception:
            self.handleError(record)

    def flush(self):
        print(self.tag, "flush")

    def close(self):
        print(self.tag, "close")
        super().close()


log = logging.getLogger("misc")
logging.lastResort = None
log.warning("nobody listens")
log.warning("said once")
logging.lastResort = logging._StderrHandler(logging.WARNING)
logging.getLogger("misc.other").error("last resort is back")

old_factory = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    record = old_factory(*args, **kwargs)
    record.request = "req-7"
    return record


logging.setLogRecordFactory(factory)
first = Tracing("first")
first.setFormatter(logging.Formatter("%(request)s %(message)s"))
log.addHandler(first)
log.warning("with factory attribute")
logging.setLogRecordFactory(old_factory)
first.setFormatter(logging.Formatter("%(message)s"))

second = Tracing("second")
second.setLevel(logging.ERROR)
log.addHandler(second)
log.warning("only first")
log.error("both")

logging.raiseExceptions = False
log.warning("%d bad args are ignored", "x")
print("after silent error")
logging.raiseExceptions = True

rec = logging.makeLogRecord({"msg": "made %s", "args": ("by hand",), "levelno": 40, "levelname": "ERROR"})
log.handle(rec)
print(rec.getMessage(), rec.name, rec.lineno)
atexit.register(print, "program's atexit callback")
print("end of program")
