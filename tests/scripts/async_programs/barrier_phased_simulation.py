# A phased simulation: each worker updates its own cell, then all meet at a
# Barrier before the next phase reads the neighbours (one step of an
# elementary cellular automaton per phase), so no worker ever reads a
# half-updated grid. Two rules are simulated and checked against a
# sequential computation.
import asyncio

CELLS = 11
PHASES = 5


def make_rule(number):
    table = {(a, b, c): (number >> (a * 4 + b * 2 + c)) & 1
             for a in (0, 1) for b in (0, 1) for c in (0, 1)}

    def rule(left, me, right):
        return table[(left, me, right)]
    return rule


def show(grid):
    return "".join("#" if c else "." for c in grid)


async def cell_worker(i, rule, grid, next_grid, barrier, log):
    for phase in range(PHASES):
        left, right = grid[(i - 1) % CELLS], grid[(i + 1) % CELLS]
        # uneven work: some cells take longer than others
        for _ in range(i % 3):
            await asyncio.sleep(0)
        next_grid[i] = rule(left, grid[i], right)
        index = await barrier.wait()
        if index == 0:
            # exactly one worker publishes the new generation
            grid[:] = next_grid
            log.append(show(grid))
        await barrier.wait()


async def simulate(number):
    rule = make_rule(number)
    grid = [0] * CELLS
    grid[CELLS // 2] = 1
    next_grid = [0] * CELLS
    barrier = asyncio.Barrier(CELLS)
    log = [show(grid)]
    async with asyncio.TaskGroup() as tg:
        for i in range(CELLS):
            tg.create_task(cell_worker(i, rule, grid, next_grid, barrier, log))
    print(f"== rule {number}")
    for line in log:
        print(line)
    g = [0] * CELLS
    g[CELLS // 2] = 1
    for _ in range(PHASES):
        g = [rule(g[(i - 1) % CELLS], g[i], g[(i + 1) % CELLS]) for i in range(CELLS)]
    print("matches the sequential result:", g == grid)
    print("barrier broken:", barrier.broken, "waiting:", barrier.n_waiting)


async def main():
    await simulate(90)
    await simulate(30)


asyncio.run(main())
