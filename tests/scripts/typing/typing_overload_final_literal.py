# overload, Final, Literal, ClassVar, Annotated, TYPE_CHECKING: all inert at runtime.
from typing import overload, Final, Literal, ClassVar, Annotated, TYPE_CHECKING, Union
if TYPE_CHECKING:
    import does_not_exist_anywhere
MAX: Final = 10
Mode = Literal["r", "w"]
def open_mode(mode: Mode) -> str:
    return {"r": "reading", "w": "writing"}[mode]
class Config:
    instances: ClassVar[int] = 0
    def __init__(self) -> None:
        Config.instances += 1
@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x: Union[int, str]) -> Union[int, str]:
    return x * 2
Meters = Annotated[float, "meters"]
def run(distance: Meters) -> str:
    return f"{distance:.1f} m"
Config(); Config()
print(MAX, open_mode("w"), Config.instances, double(4), double("ab"), run(5))
print(TYPE_CHECKING)
try:
    double.__wrapped__
except AttributeError:
    print("overload implementation is the last definition")
