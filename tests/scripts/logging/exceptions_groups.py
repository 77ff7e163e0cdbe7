# Exceptions logged with their tracebacks: chained causes and contexts,
# exception groups from a TaskGroup, a custom Formatter, a custom Logger
# class, the deprecated warn(), and an uncaught error after logging.
import asyncio
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
logging.root.addHandler(handler)
log = logging.getLogger("exc")


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"bad input {text!r}") from e


try:
    parse("x1")
except RuntimeError:
    log.exception("parse failed")

try:
    try:
        1 / 0
    finally:
        [][1]
except IndexError as e:
    log.error("context chain", exc_info=e)


async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(f"task {n}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(2):
                tg.create_task(fail(n))
    except* ValueError as eg:
        log.exception("group failed: %d errors", len(eg.exceptions))


asyncio.run(main())


class OneLine(logging.Formatter):
    def formatException(self, ei):
        return "!! %s: %s" % (ei[0].__name__, ei[1])

    def format(self, record):
        return "<" + super().format(record) + ">"


handler.setFormatter(OneLine("%(levelname)s %(message)s"))
try:
    {}["k"]
except KeyError:
    log.exception("one line")


class Tagged(logging.Logger):
    def _log(self, level, msg, args, **kwargs):
        super()._log(level, "[tagged] " + msg, args, **kwargs)


logging.setLoggerClass(Tagged)
tagged = logging.getLogger("tagged")
print(type(tagged).__name__, logging.getLoggerClass().__name__, type(logging.getLogger("exc")).__name__)
tagged.warning("hello %s", "world")
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print(e)

handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.warn("deprecated spelling")
log.warning("about to fail")
raise SystemExit(parse("nope"))
