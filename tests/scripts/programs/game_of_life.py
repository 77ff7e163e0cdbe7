# Conway's Game of Life on a wrapping grid, with pattern detection and population history.
class Life:
    def __init__(self, width, height, alive=()):
        self.w, self.h = width, height
        self.cells = set(alive)
        self.generation = 0
    @classmethod
    def from_text(cls, text):
        lines = text.strip("\n").splitlines()
        alive = {(x, y) for y, line in enumerate(lines) for x, ch in enumerate(line) if ch == "#"}
        return cls(max(map(len, lines)), len(lines), alive)
    def neighbours(self, x, y):
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if dx or dy:
                    yield (x + dx) % self.w, (y + dy) % self.h
    def step(self):
        counts = {}
        for cell in self.cells:
            for n in self.neighbours(*cell):
                counts[n] = counts.get(n, 0) + 1
        self.cells = {c for c, n in counts.items() if n == 3 or (n == 2 and c in self.cells)}
        self.generation += 1
    def render(self):
        return "\n".join("".join("#" if (x, y) in self.cells else "." for x in range(self.w)) for y in range(self.h))
    def key(self):
        return tuple(sorted(self.cells))
    def __len__(self):
        return len(self.cells)
glider = Life.from_text("""
.#......
..#.....
###.....
........
........
........
""")
for _ in range(4):
    print(f"gen {glider.generation} pop {len(glider)}")
    print(glider.render())
    glider.step()
def find_period(life, limit=50):
    seen = {life.key(): life.generation}
    for _ in range(limit):
        life.step()
        k = life.key()
        if k in seen:
            return seen[k], life.generation - seen[k]
        seen[k] = life.generation
    return None
blinker = Life.from_text(".....\n..#..\n..#..\n..#..\n.....")
print("blinker (start, period):", find_period(blinker))
block = Life.from_text("....\n.##.\n.##.\n....")
print("block (start, period):", find_period(block))
print("glider on 8x6 torus:", find_period(Life.from_text(".#......\n..#.....\n###.....\n........\n........\n........"), 100))
r = Life.from_text("""
..........
..........
....##....
...##.....
....#.....
..........
..........
..........
""")
history = []
for _ in range(30):
    history.append(len(r))
    r.step()
print(history)
print(r.render())
