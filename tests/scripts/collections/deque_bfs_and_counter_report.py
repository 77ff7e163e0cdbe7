# Using deque for BFS and Counter/defaultdict for a word report together.
from collections import deque, Counter, defaultdict
graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}
def bfs(start, goal):
    queue = deque([[start]])
    seen = {start}
    while queue:
        path = queue.popleft()
        node = path[-1]
        if node == goal:
            return path
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(path + [nxt])
    return None
print(bfs("A", "F"), bfs("D", "A"))
text = """It was the best of times it was the worst of times
it was the age of wisdom it was the age of foolishness"""
words = text.lower().split()
freq = Counter(words)
by_len = defaultdict(list)
for w in sorted(freq):
    by_len[len(w)].append(w)
print(freq.most_common(4))
for n in sorted(by_len):
    print(n, by_len[n])
