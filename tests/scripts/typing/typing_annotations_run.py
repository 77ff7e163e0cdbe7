# Programs annotated with typing constructs run normally; annotations are just stored.
from typing import List, Dict, Optional, Union, Callable, Any, Tuple, Iterable, Iterator, Sequence, cast
def mean(values: List[float]) -> float:
    return sum(values) / len(values)
def lookup(table: Dict[str, int], key: str, default: Optional[int] = None) -> Optional[int]:
    return table.get(key, default)
def apply(fn: Callable[[int], int], xs: Iterable[int]) -> List[int]:
    return [fn(x) for x in xs]
def parse(value: Union[str, int]) -> int:
    return int(value)
def pairs(seq: Sequence[Any]) -> Iterator[Tuple[Any, Any]]:
    for i in range(0, len(seq) - 1, 2):
        yield seq[i], seq[i + 1]
print(mean([1.0, 2.0, 4.5]), lookup({"a": 1}, "a"), lookup({}, "b"), lookup({}, "b", 0))
print(apply(lambda x: x * x, range(4)), parse("12") + parse(3), list(pairs("abcdef")))
x: Any = cast(int, "not really an int")
print(x, cast(List[int], [1, 2]))
print(sorted(mean.__annotations__), sorted(lookup.__annotations__))
count: int = 0
names: list[str] = ["a"]
mapping: dict[str, list[int]] = {"k": [1]}
optional: int | None = None
print(count, names, mapping, optional, sorted(__annotations__))
def new_style(a: list[int], b: dict[str, float] | None = None) -> tuple[int, ...]:
    return tuple(a)
print(new_style([1, 2]))
