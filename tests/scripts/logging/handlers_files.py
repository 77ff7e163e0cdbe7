# FileHandler (append, write, delay), basicConfig(filename=...),
# NullHandler, handler names, Handler.emit left abstract, shutdown.
import logging
import os
import sys

path = "handlers_files.log.tmp"
if os.path.exists(path):
    os.remove(path)

log = logging.getLogger("files")
log.propagate = False
fh = logging.FileHandler(path, mode="w")
print(fh.baseFilename == os.path.abspath(path), fh.mode, fh.encoding, fh.stream is not None)
print(repr(fh).startswith("<FileHandler ") and repr(fh).endswith(path + " (NOTSET)>"))
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(fh)
log.warning("first line")
log.error("second %s", "line")
fh.close()
log.removeHandler(fh)
with open(path) as f:
    print(repr(f.read()))

delayed = logging.FileHandler(path, delay=True)
print(delayed.stream)
log.addHandler(delayed)
log.warning("appended")
print(delayed.stream is not None)
delayed.close()
log.removeHandler(delayed)
with open(path) as f:
    print(repr(f.read()))

logging.basicConfig(filename=path, filemode="w", format="%(name)s|%(message)s", level=logging.INFO)
print(type(logging.root.handlers[0]).__name__)
logging.info("via basicConfig file")
logging.getLogger("child").warning("child too")
logging.root.handlers[0].flush()
with open(path) as f:
    print(repr(f.read()))

null = logging.NullHandler()
quiet = logging.getLogger("quiet")
quiet.addHandler(null)
quiet.propagate = False
quiet.error("swallowed by NullHandler")
print(quiet.hasHandlers(), null.lock)

named = logging.StreamHandler(sys.stdout)
named.name = "console"
print(logging.getHandlerByName("console") is named, "console" in logging.getHandlerNames())
named.close()
print(logging.getHandlerByName("console"))

try:
    logging.Handler().emit(logging.makeLogRecord({}))
except NotImplementedError as e:
    print("NotImplementedError", e)

out = logging.StreamHandler(sys.stdout)
print(repr(out), repr(logging.StreamHandler(sys.stderr)), repr(logging.Handler()))
print(repr(logging.lastResort), logging.lastResort.level)
print(out.setStream(sys.stdout), out.setStream(sys.stderr) is sys.stdout)

logging.shutdown()
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
