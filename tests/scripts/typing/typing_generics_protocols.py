# TypeVar, Generic, Protocol and NamedTuple/TypedDict classes used at runtime.
from typing import TypeVar, Generic, Protocol, NamedTuple, TypedDict, Optional, runtime_checkable
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def peek(self) -> Optional[T]:
        return self.items[-1] if self.items else None
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), s.peek(), len(s.items), type(s).__name__, isinstance(s, Stack))
IntStack = Stack[int]
t = IntStack()
t.push(5)
print(t.items, type(t).__name__)
@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...
class Circle:
    def draw(self) -> str:
        return "circle"
class Blob:
    pass
def render(obj: Drawable) -> str:
    return obj.draw()
print(render(Circle()), isinstance(Circle(), Drawable), isinstance(Blob(), Drawable))
class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100
e = Employee("ann")
print(e, e.dept, e._replace(salary=200), Employee._fields, isinstance(e, tuple))
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Up", "year": 2009}
print(m, type(m).__name__, m["year"] + 1)
class Partial(TypedDict, total=False):
    note: str
print(Partial(), Partial(note="x"))
def first(xs: list[T]) -> T:
    return xs[0]
print(first([3, 2]), first("ab"))
