# A Sudoku solver with constraint propagation and backtracking, plus validation of bad puzzles.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
def parse(text):
    rows = [line.strip() for line in text.strip().splitlines()]
    if len(rows) != 9 or any(len(r) != 9 for r in rows):
        raise ValueError("puzzle must be 9 rows of 9 characters")
    grid = [[0 if ch == "." else int(ch) for ch in r] for r in rows]
    return grid
def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]
def validate(grid):
    for r in range(9):
        for c in range(9):
            d = grid[r][c]
            if d:
                grid[r][c] = 0
                ok = d in candidates(grid, r, c)
                grid[r][c] = d
                if not ok:
                    raise ValueError(f"conflict at row {r + 1}, column {c + 1} (digit {d})")
stats = {"guesses": 0, "forced": 0}
def solve(grid):
    while True:
        progress = False
        best = None
        for r in range(9):
            for c in range(9):
                if grid[r][c] == 0:
                    cands = candidates(grid, r, c)
                    if not cands:
                        return False
                    if len(cands) == 1:
                        grid[r][c] = cands[0]
                        stats["forced"] += 1
                        progress = True
                    elif best is None or len(cands) < len(best[2]):
                        best = (r, c, cands)
        if not progress:
            break
    if best is None:
        return all(all(row) for row in grid)
    r, c, cands = best
    for d in cands:
        snapshot = [row[:] for row in grid]
        grid[r][c] = d
        stats["guesses"] += 1
        if solve(grid):
            return True
        grid[:] = snapshot
    return False
def show(grid):
    lines = []
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        parts = [" ".join(str(d) if d else "." for d in row[i:i + 3]) for i in (0, 3, 6)]
        lines.append(" | ".join(parts))
    return "\n".join(lines)
grid = parse(PUZZLE)
validate(grid)
print(show(grid))
print()
print("solved:", solve(grid))
print(show(grid))
print(stats)
print("rows ok:", all(sorted(row) == list(range(1, 10)) for row in grid),
      "cols ok:", all(sorted(col) == list(range(1, 10)) for col in zip(*grid)))
for bad in ["55..", PUZZLE.replace("53..7", "55..7"), PUZZLE.replace("6..195", "6..196")]:
    try:
        g = parse(bad)
        validate(g)
        print("valid?!")
    except ValueError as e:
        print("ValueError:", e)
