# Cooperative multitasking with generators: a round-robin scheduler, sleeping tasks, messages and joins.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
class Send:
    def __init__(self, target, message):
        self.target, self.message = target, message
class Receive:
    pass
class Join:
    def __init__(self, name):
        self.name = name
class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.ready = []
        self.sleeping = []
        self.mailboxes = {}
        self.waiting_recv = {}
        self.joiners = {}
        self.results = {}
        self.clock = 0
        self.log = []
    def spawn(self, name, gen):
        self.tasks[name] = gen
        self.mailboxes[name] = []
        self.ready.append((name, None))
    def _finish(self, name, value):
        self.results[name] = value
        del self.tasks[name]
        for joiner in self.joiners.pop(name, []):
            self.ready.append((joiner, value))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.clock = min(t for t, _ in self.sleeping)
                woke = [n for t, n in self.sleeping if t <= self.clock]
                self.sleeping = [(t, n) for t, n in self.sleeping if t > self.clock]
                self.ready.extend((n, None) for n in woke)
                continue
            name, value = self.ready.pop(0)
            try:
                request = self.tasks[name].send(value)
            except StopIteration as stop:
                self.log.append(f"[{self.clock}] {name} finished -> {stop.value!r}")
                self._finish(name, stop.value)
                continue
            except Exception as exc:
                self.log.append(f"[{self.clock}] {name} crashed: {type(exc).__name__}: {exc}")
                self._finish(name, exc)
                continue
            if isinstance(request, Sleep):
                self.sleeping.append((self.clock + request.ticks, name))
            elif isinstance(request, Send):
                self.mailboxes[request.target].append((name, request.message))
                if request.target in self.waiting_recv:
                    del self.waiting_recv[request.target]
                    self.ready.append((request.target, self.mailboxes[request.target].pop(0)))
                self.ready.append((name, None))
            elif isinstance(request, Receive):
                if self.mailboxes[name]:
                    self.ready.append((name, self.mailboxes[name].pop(0)))
                else:
                    self.waiting_recv[name] = True
            elif isinstance(request, Join):
                if request.name in self.results:
                    self.ready.append((name, self.results[request.name]))
                else:
                    self.joiners.setdefault(request.name, []).append(name)
            else:
                self.ready.append((name, None))
        return self.results
def counter(label, n, delay):
    total = 0
    for i in range(n):
        total += i
        yield Sleep(delay)
    return f"{label} total {total}"
def producer(consumer, items):
    for item in items:
        yield Send(consumer, item)
        yield Sleep(1)
    yield Send(consumer, None)
    return "produced"
def consumer():
    received = []
    while True:
        sender, msg = yield Receive()
        if msg is None:
            return received
        received.append(f"{msg}<-{sender}")
def waiter(target):
    result = yield Join(target)
    return f"saw {result!r}"
def crasher():
    yield Sleep(2)
    raise ValueError("task failed on purpose")
s = Scheduler()
s.spawn("fast", counter("fast", 3, 1))
s.spawn("slow", counter("slow", 2, 4))
s.spawn("cons", consumer())
s.spawn("prod", producer("cons", ["a", "b", "c"]))
s.spawn("wait", waiter("slow"))
s.spawn("boom", crasher())
results = s.run()
print("\n".join(s.log))
for name in sorted(results):
    r = results[name]
    print(name, "->", f"{type(r).__name__}({r})" if isinstance(r, Exception) else r)
print("final clock:", s.clock)
