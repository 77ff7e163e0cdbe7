# A binary-heap priority queue written by hand, driving a task scheduler with deadlines.
class PriorityQueue:
    def __init__(self):
        self._heap = []
        self._counter = 0
    def __len__(self):
        return len(self._heap)
    def __bool__(self):
        return bool(self._heap)
    def push(self, priority, item):
        entry = (priority, self._counter, item)
        self._counter += 1
        heap = self._heap
        heap.append(entry)
        i = len(heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if heap[parent] <= heap[i]:
                break
            heap[parent], heap[i] = heap[i], heap[parent]
            i = parent
    def pop(self):
        heap = self._heap
        if not heap:
            raise IndexError("pop from empty priority queue")
        top = heap[0]
        last = heap.pop()
        if heap:
            heap[0] = last
            i, n = 0, len(heap)
            while True:
                l, r, smallest = 2 * i + 1, 2 * i + 2, i
                if l < n and heap[l] < heap[smallest]:
                    smallest = l
                if r < n and heap[r] < heap[smallest]:
                    smallest = r
                if smallest == i:
                    break
                heap[i], heap[smallest] = heap[smallest], heap[i]
                i = smallest
        return top[0], top[2]
    def peek(self):
        if not self._heap:
            return None
        return self._heap[0][0], self._heap[0][2]
pq = PriorityQueue()
for p, name in [(5, "e"), (1, "a"), (3, "c"), (1, "a2"), (4, "d"), (2, "b"), (3, "c2")]:
    pq.push(p, name)
print(len(pq), pq.peek())
print([pq.pop() for _ in range(len(pq))])
try:
    pq.pop()
except IndexError as e:
    print("IndexError", e)
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2**31
        yield seed
rng = lcg(42)
nums = [next(rng) % 1000 for _ in range(200)]
q = PriorityQueue()
for n in nums:
    q.push(n, None)
out = [q.pop()[0] for _ in range(len(q))]
print(out == sorted(nums), out[:8], out[-3:])
class Task:
    def __init__(self, name, duration, deadline, priority):
        self.name, self.duration, self.deadline, self.priority = name, duration, deadline, priority
    def __repr__(self):
        return self.name
tasks = [Task("compile", 3, 10, 2), Task("test", 5, 12, 1), Task("deploy", 2, 20, 3),
         Task("docs", 4, 30, 5), Task("review", 1, 4, 1), Task("lint", 1, 6, 4)]
ready = PriorityQueue()
for t in tasks:
    ready.push((t.deadline, t.priority), t)
clock = 0
late = []
while ready:
    (deadline, prio), task = ready.pop()
    start = clock
    clock += task.duration
    status = "ok" if clock <= deadline else "LATE"
    if status == "LATE":
        late.append(task)
    print(f"t={start:2}-{clock:2} {task.name:8} deadline={deadline:2} prio={prio} {status}")
print("late tasks:", late, "makespan:", clock)
