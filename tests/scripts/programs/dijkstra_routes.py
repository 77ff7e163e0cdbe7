# Shortest routes with Dijkstra (a plain list as the frontier) on a weighted graph, path reconstruction and unreachable nodes.
ROADS = [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15), ("C", "D", 11),
         ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1)]
def build(edges, directed=False):
    graph = {}
    for a, b, w in edges:
        if w < 0:
            raise ValueError(f"negative weight on {a}-{b}")
        graph.setdefault(a, []).append((b, w))
        graph.setdefault(b, [])
        if not directed:
            graph[b].append((a, w))
    return graph
def dijkstra(graph, source):
    if source not in graph:
        raise KeyError(source)
    dist = {node: float("inf") for node in graph}
    prev = {node: None for node in graph}
    dist[source] = 0
    heap = [(0, source)]
    visited = []
    while heap:
        d, node = min(heap)
        heap.remove((d, node))
        if d > dist[node]:
            continue
        visited.append(node)
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = node
                heap.append((nd, nxt))
    return dist, prev, visited
def route(prev, target):
    path = []
    while target is not None:
        path.append(target)
        target = prev[target]
    return path[::-1]
g = build(ROADS)
dist, prev, order = dijkstra(g, "A")
print("visit order:", order)
for node in sorted(g):
    d = dist[node]
    if d == float("inf"):
        print(f"{node}: unreachable")
    else:
        print(f"{node}: {d:>3}  via {' -> '.join(route(prev, node))}")
dg = build(ROADS, directed=True)
ddist, dprev, _ = dijkstra(dg, "A")
print({k: v for k, v in ddist.items() if v != float("inf")})
try:
    dijkstra(g, "Z")
except KeyError as e:
    print("KeyError", e)
try:
    build([("x", "y", -1)])
except ValueError as e:
    print("ValueError", e)
def all_pairs(graph):
    nodes = sorted(graph)
    table = {n: dijkstra(graph, n)[0] for n in nodes}
    header = "    " + "".join(f"{n:>5}" for n in nodes)
    rows = [header]
    for a in nodes:
        rows.append(f"{a:>3} " + "".join(f"{(table[a][b] if table[a][b] != float('inf') else '-'):>5}" for b in nodes))
    return "\n".join(rows)
print(all_pairs(g))
