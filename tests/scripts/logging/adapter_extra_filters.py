# extra fields, LoggerAdapter context, Filter by logger name, callable
# filters, filters that replace the record (3.12), stacklevel.
import logging
import sys

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s %(funcName)s:%(lineno)d %(message)s %(ctx)s"))
log = logging.getLogger("svc")
log.addHandler(h)
log.propagate = False

log.warning("with extra", extra={"ctx": "request-1"})
for key in ["message", "asctime", "name", "lineno"]:
    try:
        log.warning("clash", extra={key: 1})
    except KeyError as e:
        print("KeyError", e)


class Adapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["ctx"], msg), kwargs


plain = logging.LoggerAdapter(log, {"ctx": "adapted"})
plain.warning("plain adapter %d", 1)
plain.error("adapter error")
plain.info("below level")
print(repr(plain), plain.name, plain.getEffectiveLevel(), plain.isEnabledFor(30))
custom = Adapter(log, {"ctx": "ctx-2"})
custom.warning("custom process", extra={"ctx": "given"})
plain.setLevel(logging.DEBUG)
plain.debug("adapter debug after setLevel")
print(log.level, plain.manager is logging.Logger.manager)


def helper(msg):
    log.warning(msg, extra={"ctx": "lvl"}, stacklevel=2)


def caller():
    helper("attributed to caller")


caller()
log.warning("stacklevel beyond the stack", extra={"ctx": "top"}, stacklevel=50)

h.setFormatter(logging.Formatter("%(name)s: %(message)s"))
root_h = logging.StreamHandler(sys.stdout)
root_h.setFormatter(logging.Formatter("root saw %(name)s: %(message)s"))
logging.root.addHandler(root_h)
root_h.addFilter(logging.Filter("app.web"))
for name in ["app", "app.web", "app.web.views", "app.webby", "other"]:
    logging.getLogger(name).warning("from " + name)

f = logging.Filter()
print(f.filter(logging.makeLogRecord({"name": "x"})))
root_h.removeFilter(root_h.filters[0])
root_h.addFilter(lambda record: "secret" not in record.getMessage())
logging.getLogger("app").warning("public")
logging.getLogger("app").warning("secret stuff")


def redact(record):
    new = logging.makeLogRecord(record.__dict__)
    new.msg = "<redacted>"
    new.args = ()
    return new


logging.getLogger("app").addFilter(redact)
logging.getLogger("app").warning("password=%s", "hunter2")
print(logging.getLogger("app").filter(logging.makeLogRecord({"msg": "m"})).msg)
