# Enums driving a small state machine with unique values and methods on members.
from enum import Enum, unique
@unique
class Light(Enum):
    RED = "stop"
    GREEN = "go"
    YELLOW = "slow"
    def next(self):
        order = [Light.RED, Light.GREEN, Light.YELLOW]
        return order[(order.index(self) + 1) % len(order)]
state = Light.RED
for _ in range(5):
    print(state.name, "->", state.value)
    state = state.next()
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
counts = {}
for s in [Light.RED, Light.GREEN, Light.RED]:
    counts[s] = counts.get(s, 0) + 1
print({k.name: v for k, v in counts.items()})
