# atexit (which logging's shutdown uses): callbacks run last-registered
# first, with their arguments; a failing one is reported and the others
# still run; unregister forgets a function.
import atexit
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")


def say(*args, **kwargs):
    print("say", args, kwargs)


def fails():
    raise ValueError("callback failed")


class Handler(logging.StreamHandler):
    def close(self):
        print("handler closed at shutdown")
        super().close()


logging.root.addHandler(Handler(sys.stdout))
atexit.register(say, 1, key="v")
atexit.register(fails)
atexit.register(say, "forgotten")
atexit.unregister(say)
atexit.register(say, "kept")
print(atexit.register(print) is print)
atexit.unregister(print)
logging.warning("program body done")
