# dataclass inheritance, kw_only fields and KW_ONLY, slots=True, ClassVar and InitVar.
from dataclasses import dataclass, field, KW_ONLY, InitVar
from typing import ClassVar
@dataclass
class Animal:
    name: str
    sound: str = "..."
    def speak(self):
        return f"{self.name} says {self.sound}"
@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)
print(Dog("rex"), Dog("rex").speak(), Animal("cat", "meow").speak())
@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 80
print(Config(host="h"), Config(port=1, host="x"))
try:
    Config("h")
except TypeError as e:
    print("TypeError", e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(Mixed(1, c=30))
try:
    Mixed(1, 2)
except TypeError as e:
    print("TypeError", e)
@dataclass
class Counter:
    instances: ClassVar[int] = 0
    start: InitVar[int] = 0
    value: int = field(init=False)
    def __post_init__(self, start):
        Counter.instances += 1
        self.value = start * 10
c = Counter(4)
print(c, c.value, Counter.instances, [f for f in Counter.__dataclass_fields__ if not f.startswith("_")])
@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 0
s = Slotted(1)
print(s, hasattr(s, "__dict__"), Slotted.__slots__)
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError", e)
