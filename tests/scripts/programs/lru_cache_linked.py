# An LRU cache implemented with a hash map and a doubly linked list, with statistics and eviction hooks.
class Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None
class LRUCache:
    def __init__(self, capacity, on_evict=None):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
        self.on_evict = on_evict
    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev
    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node
    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value
    def put(self, key, value):
        node = self.map.get(key)
        if node:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) == self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            if self.on_evict:
                self.on_evict(lru.key, lru.value)
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)
    def __contains__(self, key):
        return key in self.map
    def __len__(self):
        return len(self.map)
    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next
    def __repr__(self):
        return "LRU[" + ", ".join(f"{k}={self.map[k].value}" for k in self) + "]"
evicted = []
cache = LRUCache(3, on_evict=lambda k, v: evicted.append(k))
for op in ["put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c", "put e 5", "put a 10", "get d", "get a"]:
    parts = op.split()
    if parts[0] == "put":
        cache.put(parts[1], int(parts[2]))
        print(f"{op:10} -> {cache!r}")
    else:
        print(f"{op:10} -> {cache.get(parts[1], 'miss')!r:6} {cache!r}")
print("evicted:", evicted, "hits:", cache.hits, "misses:", cache.misses, "len:", len(cache), "'a' in cache:", "a" in cache)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError", e)
calls = 0
memo = LRUCache(50)
def collatz_len(n):
    global calls
    calls += 1
    cached = memo.get(n)
    if cached is not None:
        return cached
    result = 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    memo.put(n, result)
    return result
lengths = [collatz_len(n) for n in range(1, 40)]
print(lengths)
print("calls:", calls, "hits:", memo.hits, "misses:", memo.misses, "size:", len(memo))
