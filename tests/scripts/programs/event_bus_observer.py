# An event bus with subscriptions by decorator, priorities, wildcard topics, error isolation and unsubscribe.
class EventBus:
    def __init__(self):
        self._subs = {}
        self._seq = 0
        self.errors = []
    def on(self, topic, priority=0):
        def decorator(fn):
            self.subscribe(topic, fn, priority)
            return fn
        return decorator
    def subscribe(self, topic, fn, priority=0):
        self._seq += 1
        self._subs.setdefault(topic, []).append((-priority, self._seq, fn))
        self._subs[topic].sort(key=lambda t: (t[0], t[1]))
        return lambda: self._remove(topic, fn)
    def _remove(self, topic, fn):
        self._subs[topic] = [s for s in self._subs[topic] if s[2] is not fn]
    def _matching(self, topic):
        parts = topic.split(".")
        found = []
        for pattern, subs in self._subs.items():
            pp = pattern.split(".")
            if len(pp) == len(parts) and all(p == "*" or p == q for p, q in zip(pp, parts)):
                found.extend(subs)
        return sorted(found, key=lambda t: (t[0], t[1]))
    def emit(self, topic, **payload):
        results = []
        for _, _, fn in self._matching(topic):
            try:
                r = fn(topic, **payload)
                if r is StopPropagation:
                    results.append(f"{fn.__name__}: stop")
                    break
                results.append(f"{fn.__name__}: {r}")
            except Exception as e:
                self.errors.append((topic, fn.__name__, type(e).__name__, str(e)))
        return results
class StopPropagation:
    pass
bus = EventBus()
audit = []
@bus.on("user.created")
def send_welcome(topic, name, **_):
    return f"welcome mail to {name}"
@bus.on("user.created", priority=10)
def validate(topic, name, **_):
    if not name.isalpha():
        raise ValueError(f"bad name {name!r}")
    return "valid"
@bus.on("user.*", priority=5)
def log_user(topic, **payload):
    audit.append((topic, sorted(payload)))
    return "logged"
@bus.on("order.paid")
def ship(topic, order_id, amount):
    return f"ship #{order_id}"
@bus.on("order.paid", priority=1)
def fraud_check(topic, order_id, amount):
    if amount > 1000:
        return StopPropagation
    return "clean"
print(bus.emit("user.created", name="ada"))
print(bus.emit("user.created", name="r2d2"))
print(bus.emit("user.deleted", name="ada", reason="request"))
print(bus.emit("order.paid", order_id=7, amount=50))
print(bus.emit("order.paid", order_id=8, amount=5000))
print(bus.emit("nothing.here"))
unsubscribe = bus.subscribe("order.paid", lambda topic, **kw: "late listener", priority=-5)
print(bus.emit("order.paid", order_id=9, amount=1))
unsubscribe()
print(bus.emit("order.paid", order_id=10, amount=1))
print(bus.emit("order.paid", order_id=11))
print(audit)
for err in bus.errors:
    print("error:", err)
