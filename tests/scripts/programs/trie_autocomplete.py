# A trie for autocomplete with word counts, prefix search, deletion and longest common prefix.
class Trie:
    def __init__(self):
        self.children = {}
        self.count = 0
    def insert(self, word, times=1):
        node = self
        for ch in word:
            node = node.children.setdefault(ch, Trie())
        node.count += times
    def _find(self, prefix):
        node = self
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node
    def words(self, prefix=""):
        node = self._find(prefix)
        if node is None:
            return []
        out = []
        def walk(n, path):
            if n.count:
                out.append((path, n.count))
            for ch in sorted(n.children):
                walk(n.children[ch], path + ch)
        walk(node, prefix)
        return out
    def complete(self, prefix, k=3):
        return [w for w, _ in sorted(self.words(prefix), key=lambda wc: (-wc[1], wc[0]))[:k]]
    def delete(self, word):
        path = [self]
        for ch in word:
            nxt = path[-1].children.get(ch)
            if nxt is None:
                raise KeyError(word)
            path.append(nxt)
        if not path[-1].count:
            raise KeyError(word)
        path[-1].count = 0
        for i in range(len(word), 0, -1):
            node = path[i]
            if node.count or node.children:
                break
            del path[i - 1].children[word[i - 1]]
    def __contains__(self, word):
        node = self._find(word)
        return bool(node and node.count)
    def __len__(self):
        return len(self.words())
    def longest_common_prefix(self):
        node, prefix = self, ""
        while len(node.children) == 1 and not node.count:
            ch, node = next(iter(node.children.items()))
            prefix += ch
        return prefix
t = Trie()
corpus = "to tea ted ten inn in inside into tea tea ten tent tenth interval internal internet to to to"
for w in corpus.split():
    t.insert(w)
print(len(t), t.words("te"), t.words("x"))
for p in ["t", "te", "ten", "in", "int", "z", ""]:
    print(repr(p), t.complete(p))
print("tea" in t, "te" in t, "tenth" in t)
t.delete("tenth")
t.delete("tent")
print(t.words("ten"), "tent" in t)
try:
    t.delete("te")
except KeyError as e:
    print("KeyError", e)
p = Trie()
for w in ["interstellar", "internet", "interval", "internal"]:
    p.insert(w)
print(repr(p.longest_common_prefix()))
def count_nodes(node):
    return 1 + sum(count_nodes(c) for c in node.children.values())
print("nodes:", count_nodes(t), count_nodes(p))
