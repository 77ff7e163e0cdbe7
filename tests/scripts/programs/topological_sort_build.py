# Build-order resolution with Kahn's topological sort, cycle reporting and parallel build levels.
class CycleError(Exception):
    pass
def topo_sort(deps):
    nodes = list(deps)
    for targets in deps.values():
        for t in targets:
            if t not in deps:
                nodes.append(t)
    nodes = list(dict.fromkeys(nodes))
    indegree = {n: 0 for n in nodes}
    users = {n: [] for n in nodes}
    for node, needs in deps.items():
        for need in needs:
            indegree[node] += 1
            users[need].append(node)
    ready = [n for n in nodes if indegree[n] == 0]
    order, levels = [], []
    while ready:
        ready.sort()
        levels.append(list(ready))
        nxt = []
        for n in ready:
            order.append(n)
            for u in users[n]:
                indegree[u] -= 1
                if indegree[u] == 0:
                    nxt.append(u)
        ready = nxt
    if len(order) != len(nodes):
        stuck = sorted(n for n in nodes if indegree[n] > 0)
        raise CycleError(f"cycle among {stuck}: " + find_cycle(deps, stuck))
    return order, levels
def find_cycle(deps, candidates):
    def visit(node, path):
        if node in path:
            return path[path.index(node):] + [node]
        for nxt in sorted(deps.get(node, ())):
            found = visit(nxt, path + [node])
            if found:
                return found
        return None
    for start in candidates:
        cycle = visit(start, [])
        if cycle:
            return " -> ".join(cycle)
    return "?"
project = {
    "app": ["libui", "libnet", "config"],
    "libui": ["libcore", "fonts"],
    "libnet": ["libcore", "ssl"],
    "ssl": ["libcore"],
    "tests": ["app", "mocks"],
    "mocks": ["libcore"],
    "docs": [],
}
order, levels = topo_sort(project)
print("order:", order)
for i, level in enumerate(levels):
    print(f"stage {i}: {level}")
cyclic = dict(project)
cyclic["libcore"] = ["app"]
try:
    topo_sort(cyclic)
except CycleError as e:
    print("CycleError:", e)
try:
    topo_sort({"a": ["a"]})
except CycleError as e:
    print("CycleError:", e)
courses = {"calc2": ["calc1"], "linalg": ["calc1"], "ml": ["linalg", "stats", "prog"], "stats": ["calc2"], "prog": []}
print(topo_sort(courses)[1])
