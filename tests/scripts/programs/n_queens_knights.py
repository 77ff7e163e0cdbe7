# Backtracking puzzles: all N-queens solutions, a knight's tour with Warnsdorff's rule, and subset sums.
def n_queens(n):
    solutions = []
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    def place(row):
        if row == n:
            solutions.append(tuple(placement))
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c); placement.append(c)
            place(row + 1)
            cols.remove(c); diag1.remove(row - c); diag2.remove(row + c); placement.pop()
    place(0)
    return solutions
for n in range(1, 9):
    print(n, len(n_queens(n)))
first = n_queens(6)[0]
print(first)
print("\n".join("".join("Q" if c == col else "." for c in range(6)) for col in first))
def knights_tour(n, start=(0, 0)):
    moves = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]
    board = [[0] * n for _ in range(n)]
    def options(r, c):
        return [(r + dr, c + dc) for dr, dc in moves if 0 <= r + dr < n and 0 <= c + dc < n and not board[r + dr][c + dc]]
    r, c = start
    board[r][c] = 1
    for step in range(2, n * n + 1):
        opts = options(r, c)
        if not opts:
            return None
        r, c = min(opts, key=lambda rc: (len(options(*rc)), rc))
        board[r][c] = step
    return board
tour = knights_tour(6)
print("\n".join(" ".join(f"{v:2}" for v in row) for row in tour))
print("valid:", sorted(v for row in tour for v in row) == list(range(1, 37)))
def subset_sums(items, target):
    results = []
    def go(i, chosen, total):
        if total == target:
            results.append(list(chosen))
            return
        if i == len(items) or total > target:
            return
        chosen.append(items[i])
        go(i + 1, chosen, total + items[i])
        chosen.pop()
        go(i + 1, chosen, total)
    go(0, [], 0)
    return results
print(subset_sums([3, 34, 4, 12, 5, 2], 9), subset_sums([1, 2, 3, 4, 5], 10))
print(len(subset_sums(list(range(1, 16)), 30)))
