# logging.config.dictConfig: formatters (styles, datefmt, a factory),
# filters, handlers with ext:// streams, loggers and root; existing
# loggers are disabled unless configured or below a configured one.
import logging
import logging.config
import sys
import time

early = logging.getLogger("early")
kept_child = logging.getLogger("app.sub")


class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()


def make_upper(fmt):
    return Upper(fmt)


logging.config.dictConfig({
    "version": 1,
    "formatters": {
        "plain": {"format": "%(levelname)s %(name)s: %(message)s"},
        "brace": {"format": "{name} | {message}", "style": "{"},
        "loud": {"()": make_upper, "fmt": "%(name)s %(message)s"},
    },
    "filters": {
        "only_app": {"name": "app"},
    },
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                "formatter": "plain", "level": "DEBUG"},
        "braced": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                   "formatter": "brace", "filters": ["only_app"]},
        "loud": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                 "formatter": "loud", "level": "ERROR"},
        "buffer": {"class": "logging.handlers.MemoryHandler", "capacity": 10,
                   "target": "out"},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["braced"]},
        "db": {"level": "WARNING", "handlers": ["loud"], "propagate": False},
        "buffered": {"handlers": ["buffer"], "propagate": False},
    },
    "root": {"level": "INFO", "handlers": ["out"]},
})

logging.getLogger("app").debug("app debug")
kept_child.info("child of a configured logger")
logging.getLogger("db").warning("db warning")
logging.getLogger("db").error("db error")
early.error("disabled: existed before and not configured")
print(early.disabled, kept_child.disabled, logging.getLogger("app").disabled)
logging.info("root info")
logging.debug("root debug is below INFO")
logging.getLogger("buffered").warning("buffered until flush")
print("before flush")
logging.getHandlerByName("buffer").flush()
print(sorted(logging.getHandlerNames()))
print(type(logging.getHandlerByName("buffer").target).__name__)

logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}},
    "root": {"handlers": ["h"], "level": "WARNING"},
})
print(sorted(logging.getHandlerNames()), logging.getLogger("db").handlers)
logging.getLogger("db").error("db again, its handlers gone")

for bad in [{}, {"version": 2},
            {"version": 1, "handlers": {"x": {"class": "logging.NoSuchHandler"}}},
            {"version": 1, "formatters": {"f": {"format": "nothing"}}},
            {"version": 1, "loggers": {"l": {"handlers": ["missing"]}}},
            {"version": 1, "root": {"level": "LOUD"}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print("ValueError", e, "| cause:", type(e.__cause__).__name__)
