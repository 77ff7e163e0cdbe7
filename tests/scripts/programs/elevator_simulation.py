# An elevator controller simulation: requests, direction logic (SCAN), events and statistics.
from enum import Enum
class Direction(Enum):
    UP = 1
    DOWN = -1
    IDLE = 0
class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.floor = 0
        self.direction = Direction.IDLE
        self.stops = set()
        self.log = []
        self.travelled = 0
    def request(self, floor, tick):
        if not 0 <= floor < self.floors:
            raise ValueError(f"floor {floor} does not exist (0..{self.floors - 1})")
        if floor == self.floor and self.direction is Direction.IDLE:
            self.log.append(f"t={tick}: already at {floor}, doors open")
            return
        self.stops.add(floor)
    def _choose_direction(self):
        if not self.stops:
            return Direction.IDLE
        above = [f for f in self.stops if f > self.floor]
        below = [f for f in self.stops if f < self.floor]
        if self.direction is Direction.UP and above:
            return Direction.UP
        if self.direction is Direction.DOWN and below:
            return Direction.DOWN
        if above and below:
            return Direction.UP if min(above) - self.floor <= self.floor - max(below) else Direction.DOWN
        return Direction.UP if above else Direction.DOWN
    def tick(self, t):
        if self.floor in self.stops:
            self.stops.discard(self.floor)
            self.log.append(f"t={t}: stop at {self.floor}")
            return
        new_dir = self._choose_direction()
        if new_dir is not self.direction:
            self.log.append(f"t={t}: direction {self.direction.name} -> {new_dir.name}")
            self.direction = new_dir
        if self.direction is not Direction.IDLE:
            self.floor += self.direction.value
            self.travelled += 1
requests = {0: [5, 2], 1: [8], 3: [1], 6: [9], 7: [0], 12: [4], 20: [4], 21: [12]}
e = Elevator(10)
for t in range(40):
    for floor in requests.get(t, []):
        try:
            e.request(floor, t)
        except ValueError as err:
            e.log.append(f"t={t}: rejected: {err}")
    e.tick(t)
print("\n".join(e.log))
print("final floor", e.floor, "direction", e.direction.name, "travelled", e.travelled, "pending", sorted(e.stops))
