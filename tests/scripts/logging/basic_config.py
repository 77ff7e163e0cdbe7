# basicConfig: the module-level functions configure the root logger on
# first use; format, level and style; force replaces the handlers.
import logging
import sys

logging.info("not shown: root is WARNING")
logging.warning("default basicConfig goes to stderr")
print(logging.root.handlers)
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout)  # ignored: handlers exist
logging.debug("still not shown")

logging.basicConfig(force=True, stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)-8s|%(name)s|%(funcName)s|%(lineno)d|%(module)s|%(filename)s|%(message)s")
print(logging.root.handlers, logging.root.level)


def work():
    logging.debug("debug from %s", "work")
    logging.getLogger("app.db").info("info")


work()
logging.log(logging.ERROR, "via log")

logging.basicConfig(force=True, stream=sys.stdout, style="{",
                    format="{levelname}:{name}:{message}:{levelno:03d}")
logging.warning("brace style")
logging.getLogger("x").error("brace %s", "args")

logging.basicConfig(force=True, stream=sys.stdout, style="$",
                    format="$levelname ${name} -> $message")
logging.warning("dollar style")

logging.basicConfig(force=True, stream=sys.stdout, level="INFO")
logging.info("default format, level by name")
print(logging.getLevelName(logging.root.level))

for kwargs in [dict(stream=sys.stdout, filename="x.log"),
               dict(handlers=[logging.NullHandler()], stream=sys.stdout),
               dict(style="%%"),
               dict(force=True, bogus=1, other=2),
               dict(force=True, format="no fields"),
               dict(force=True, style="{", format="no fields"),
               dict(force=True, level="LOUD")]:
    try:
        logging.basicConfig(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
