# logging.handlers: size-based rotation, memory buffering with a target,
# and a QueueHandler feeding an asyncio.Queue that a task drains.
import asyncio
import logging
import logging.handlers
import os
import sys

base = "handlers_module.log.tmp"


def cleanup():
    for name in [base, base + ".1", base + ".2", base + ".3"]:
        if os.path.exists(name):
            os.remove(name)


cleanup()
log = logging.getLogger("rot")
log.propagate = False
rot = logging.handlers.RotatingFileHandler(base, maxBytes=40, backupCount=2)
rot.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(rot)
for i in range(8):
    log.warning("record number %d", i)
rot.close()
for name in [base, base + ".1", base + ".2", base + ".3"]:
    if os.path.exists(name):
        with open(name) as f:
            print(name, repr(f.read()))
    else:
        print(name, "absent")
cleanup()

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("target: %(levelname)s %(message)s"))
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=out)
mlog = logging.getLogger("mem")
mlog.propagate = False
mlog.addHandler(mem)
mlog.warning("one")
print("buffered", len(mem.buffer))
mlog.warning("two")
mlog.warning("three fills it")
print("buffered", len(mem.buffer))
mlog.warning("four")
mlog.error("error flushes")
mlog.warning("five stays until close")
mem.close()
print(mem.target)

buf = logging.handlers.BufferingHandler(2)
buf.handle(logging.makeLogRecord({"msg": "a"}))
print(len(buf.buffer))
buf.handle(logging.makeLogRecord({"msg": "b"}))
print(len(buf.buffer))


async def main():
    queue = asyncio.Queue()
    qh = logging.handlers.QueueHandler(queue)
    qh.setFormatter(logging.Formatter("%(levelname)s [%(taskName)s] %(message)s"))
    qlog = logging.getLogger("queued")
    qlog.propagate = False
    qlog.addHandler(qh)

    async def producer(n):
        qlog.warning("from producer %d", n)
        await asyncio.sleep(0)
        try:
            raise ValueError(n)
        except ValueError:
            qlog.exception("failure %d", n)

    await asyncio.gather(*(asyncio.create_task(producer(n), name=f"p{n}") for n in range(2)))
    while not queue.empty():
        record = queue.get_nowait()
        print(repr(record.getMessage()), record.args, record.exc_info, record.levelname)


asyncio.run(main())
