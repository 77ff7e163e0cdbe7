# Enum: members, value/name, iteration order, lookup by value and name, aliases, repr/str.
from enum import Enum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value, Color(2), Color["RED"])
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print([m.name for m in Color.__members__.values()], list(Color.__members__))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), isinstance(Color.RED, Color))
try:
    Color(9)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
class Status(Enum):
    ACTIVE = auto()
    INACTIVE = auto()
    BANNED = auto()
print([(s.name, s.value) for s in Status], f"{Status.ACTIVE}", f"{Status.BANNED!r}")
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.mass, round(Planet.EARTH.gravity, 2), Planet.MERCURY.value)
print({Color.RED: "r"}[Color.CRIMSON], sorted(Color, key=lambda c: c.name))
print(Color.RED in Color, type(Color.RED).__name__, Color.__name__)
