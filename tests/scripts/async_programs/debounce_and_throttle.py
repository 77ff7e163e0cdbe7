# Debouncing and throttling a stream of keystrokes: the debouncer runs the
# search only after 50 ms of silence (rescheduling a timer with call_later
# on every key); the throttler lets through at most one preview per 40 ms
# of event time and drops the rest.
import asyncio

# (time of the key in ms after the start, key): three bursts of typing
KEYS = [(0, "a"), (10, "s"), (20, "y"), (150, "n"), (160, "c"), (300, "i"), (310, "o")]


class Debouncer:
    def __init__(self, delay, action):
        self.delay = delay
        self.action = action
        self.handle = None
        self.cancelled = 0

    def trigger(self, value, event_time):
        if self.handle is not None:
            self.handle.cancel()
            self.cancelled += 1
        loop = asyncio.get_running_loop()
        self.handle = loop.call_later(self.delay, self.action, value)


class Throttler:
    def __init__(self, window, action):
        self.window = window
        self.action = action
        self.next_allowed = None
        self.dropped = []

    def trigger(self, value, event_time):
        if self.next_allowed is None or event_time >= self.next_allowed:
            self.next_allowed = event_time + self.window
            self.action(value)
        else:
            self.dropped.append(value)


async def sleep_until(when):
    # a timer even if `when` has passed, so wake-ups stay in deadline order
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    handle = loop.call_at(when, lambda: fut.done() or fut.set_result(None))
    try:
        await fut
    finally:
        handle.cancel()


async def typist(handlers):
    loop = asyncio.get_running_loop()
    start = loop.time()
    text = ""
    for at_ms, key in KEYS:
        await sleep_until(start + at_ms / 1000)
        text += key
        for h in handlers:
            h.trigger(text, at_ms / 1000)
    return text


async def main():
    searches = []
    previews = []
    debounce = Debouncer(0.05, lambda q: searches.append(q))
    throttle = Throttler(0.04, lambda q: previews.append(q))
    final = await typist([debounce, throttle])
    await asyncio.sleep(0.08)
    print("typed:", final)
    print("debounced searches:", searches)
    print("timers cancelled by later keys:", debounce.cancelled)
    print("throttled previews:", previews)
    print("dropped by the throttle:", throttle.dropped)


asyncio.run(main())
