# Ten-pin bowling scoring with strikes, spares, the tenth frame and validation errors.
class BowlingError(ValueError):
    pass
def frames(rolls):
    result, i = [], 0
    for frame in range(10):
        if i >= len(rolls):
            raise BowlingError(f"incomplete game: frame {frame + 1} missing")
        if rolls[i] == 10:
            result.append((rolls[i:i + 1], "strike", rolls[i + 1:i + 3]))
            i += 1
        else:
            pair = rolls[i:i + 2]
            if len(pair) < 2:
                raise BowlingError(f"incomplete frame {frame + 1}")
            if sum(pair) > 10:
                raise BowlingError(f"frame {frame + 1} knocks down {sum(pair)} pins")
            kind = "spare" if sum(pair) == 10 else "open"
            result.append((pair, kind, rolls[i + 2:i + 3] if kind == "spare" else []))
            i += 2
    last_kind = result[-1][1]
    needed = {"strike": 2, "spare": 1, "open": 0}[last_kind]
    if len(rolls) - i != needed:
        raise BowlingError(f"tenth frame needs {needed} bonus roll(s), got {len(rolls) - i}")
    return result
def score(rolls):
    if any(not isinstance(r, int) or not 0 <= r <= 10 for r in rolls):
        raise BowlingError("each roll must be an int between 0 and 10")
    total, running = 0, []
    for pins, kind, bonus in frames(rolls):
        if kind != "open" and len(bonus) < (2 if kind == "strike" else 1):
            raise BowlingError("missing bonus rolls")
        total += sum(pins) + (sum(bonus) if kind != "open" else 0)
        running.append(total)
    return total, running
def sheet(rolls):
    marks = []
    for pins, kind, _ in frames(rolls):
        if kind == "strike":
            marks.append(" X")
        elif kind == "spare":
            marks.append(f"{pins[0] or '-'}/")
        else:
            marks.append("".join(str(p) if p else "-" for p in pins))
    return "|".join(marks)
games = {
    "perfect": [10] * 12,
    "all spares": [5, 5] * 10 + [5],
    "gutter": [0] * 20,
    "mixed": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    "nines": [9, 0] * 10,
    "tenth spare": [0] * 18 + [7, 3, 10],
    "too many pins": [7, 5] + [0] * 18,
    "short": [10, 10, 10],
    "extra roll": [0] * 20 + [5],
    "bad value": [11] + [0] * 19,
}
for name, rolls in games.items():
    try:
        total, running = score(rolls)
        print(f"{name:14} {total:3}  {sheet(rolls)}")
        print(f"{'':14}      {running}")
    except BowlingError as e:
        print(f"{name:14} BowlingError: {e}")
