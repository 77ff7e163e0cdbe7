# A binary search tree with insert, delete, traversals, range queries, height and an in-order iterator.
class BST:
    class Node:
        __slots__ = ("key", "value", "left", "right")
        def __init__(self, key, value):
            self.key, self.value, self.left, self.right = key, value, None, None
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, key, value=None):
        def _ins(node):
            if node is None:
                self.size += 1
                return BST.Node(key, value)
            if key < node.key:
                node.left = _ins(node.left)
            elif key > node.key:
                node.right = _ins(node.right)
            else:
                node.value = value
            return node
        self.root = _ins(self.root)
    def get(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.value
            node = node.left if key < node.key else node.right
        raise KeyError(key)
    def delete(self, key):
        def _del(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = _del(node.left, key)
            elif key > node.key:
                node.right = _del(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.value = succ.key, succ.value
                node.right = _del(node.right, succ.key)
            return node
        self.root = _del(self.root, key)
        self.size -= 1
    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right
    def preorder(self):
        out = []
        def walk(n):
            if n:
                out.append(n.key); walk(n.left); walk(n.right)
        walk(self.root)
        return out
    def level_order(self):
        levels, frontier = [], [self.root] if self.root else []
        while frontier:
            levels.append([n.key for n in frontier])
            frontier = [c for n in frontier for c in (n.left, n.right) if c]
        return levels
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def range(self, lo, hi):
        return [k for k in self if lo <= k <= hi]
    def __len__(self):
        return self.size
    def __contains__(self, key):
        try:
            self.get(key)
            return True
        except KeyError:
            return False
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k, f"v{k}")
print(list(t), len(t), t.height())
print(t.preorder())
print(t.level_order())
print(t.get(45), 65 in t, 66 in t, t.range(33, 62))
for k in [20, 30, 50]:
    t.delete(k)
    print("deleted", k, list(t), t.level_order())
try:
    t.delete(999)
except KeyError as e:
    print("KeyError", e)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w, len(w))
print(list(words), len(words), words.height())
degenerate = BST()
for i in range(200):
    degenerate.insert(i)
print("degenerate height:", degenerate.height(), "sum:", sum(degenerate))
