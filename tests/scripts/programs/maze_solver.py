# Maze solving with BFS (shortest path) and DFS (any path); the path is drawn on the maze.
from collections import deque
MAZE = """
###############
#S....#.......#
#.###.#.#####.#
#.#...#.#...#.#
#.#.###.#.#.#.#
#.#.....#.#...#
#.#######.###.#
#.........#..E#
###############
"""
def load(text):
    grid = [list(line) for line in text.strip().splitlines()]
    find = lambda ch: next((r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v == ch)
    return grid, find("S"), find("E")
def neighbours(grid, r, c):
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#":
            yield nr, nc
def bfs(grid, start, goal):
    prev = {start: None}
    queue = deque([start])
    explored = 0
    while queue:
        cur = queue.popleft()
        explored += 1
        if cur == goal:
            path = []
            while cur:
                path.append(cur)
                cur = prev[cur]
            return path[::-1], explored
        for n in neighbours(grid, *cur):
            if n not in prev:
                prev[n] = cur
                queue.append(n)
    return None, explored
def dfs(grid, start, goal):
    stack = [(start, [start])]
    seen = {start}
    while stack:
        cur, path = stack.pop()
        if cur == goal:
            return path
        for n in neighbours(grid, *cur):
            if n not in seen:
                seen.add(n)
                stack.append((n, path + [n]))
    return None
def draw(grid, path, mark):
    g = [row[:] for row in grid]
    for r, c in path[1:-1]:
        g[r][c] = mark
    return "\n".join("".join(row) for row in g)
grid, start, goal = load(MAZE)
print("start", start, "goal", goal)
path, explored = bfs(grid, start, goal)
print(f"BFS: length {len(path) - 1}, explored {explored} cells")
print(draw(grid, path, "*"))
dpath = dfs(grid, start, goal)
print(f"DFS: length {len(dpath) - 1}")
print(draw(grid, dpath, "o"))
print("BFS is shortest:", len(path) <= len(dpath))
grid[7][9] = "#"
grid[5][12] = "#"
blocked, explored = bfs(grid, start, goal)
print("after blocking:", blocked, "explored", explored)
moves = {(0, 1): "R", (1, 0): "D", (0, -1): "L", (-1, 0): "U"}
print("".join(moves[(b[0] - a[0], b[1] - a[1])] for a, b in zip(path, path[1:])))
