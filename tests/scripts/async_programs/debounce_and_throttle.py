# Debouncing and throttling a stream of keystrokes. Key presses arrive as
# timer callbacks at fixed times; the debouncer runs the search only after
# 50 ms without a new key (moving a call_at timer on every key); the
# throttler lets through at most one preview per 40 ms and drops the rest.
# Every time is an absolute deadline, so the order of events is fixed by
# the deadlines alone.
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
        if self.handle is not None and not self.handle.cancelled():
            self.handle.cancel()
            self.cancelled += 1
        loop = asyncio.get_running_loop()
        self.handle = loop.call_at(event_time + self.delay, self._fire, value)

    def _fire(self, value):
        self.handle = None
        self.action(value)


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


class Keyboard:
    def __init__(self, handlers):
        self.handlers = handlers
        self.text = ""

    def press(self, key, event_time):
        self.text += key
        for h in self.handlers:
            h.trigger(self.text, event_time)

    def type_out(self, keys, start):
        loop = asyncio.get_running_loop()
        for at_ms, key in keys:
            when = start + at_ms / 1000
            loop.call_at(when, self.press, key, when)


async def main():
    searches = []
    previews = []
    debounce = Debouncer(0.05, lambda q: searches.append(q))
    throttle = Throttler(0.04, lambda q: previews.append(q))
    keyboard = Keyboard([debounce, throttle])
    loop = asyncio.get_running_loop()
    start = loop.time()
    keyboard.type_out(KEYS, start)
    done = loop.create_future()
    loop.call_at(start + 0.4, done.set_result, None)  # after the last search fired
    await done
    print("typed:", keyboard.text)
    print("debounced searches:", searches)
    print("timers cancelled by later keys:", debounce.cancelled)
    print("throttled previews:", previews)
    print("dropped by the throttle:", throttle.dropped)


asyncio.run(main())
