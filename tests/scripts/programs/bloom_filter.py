# A Bloom filter over a bytearray bit set with FNV-1a hashing (independent of Python's hash()).
class BloomFilter:
    def __init__(self, size_bits, num_hashes):
        if size_bits <= 0 or num_hashes <= 0:
            raise ValueError("size and hash count must be positive")
        self.size = size_bits
        self.k = num_hashes
        self.bits = bytearray((size_bits + 7) // 8)
        self.count = 0
    @staticmethod
    def _fnv1a(data, seed):
        h = (0xCBF29CE484222325 ^ seed) & 0xFFFFFFFFFFFFFFFF
        for b in data:
            h ^= b
            h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
        return h
    def _positions(self, item):
        data = item.encode("utf-8") if isinstance(item, str) else bytes(item)
        h1, h2 = self._fnv1a(data, 0), self._fnv1a(data, 0x9E3779B97F4A7C15)
        return [(h1 + i * h2) % self.size for i in range(self.k)]
    def add(self, item):
        for p in self._positions(item):
            self.bits[p // 8] |= 1 << (p % 8)
        self.count += 1
    def __contains__(self, item):
        return all(self.bits[p // 8] & (1 << (p % 8)) for p in self._positions(item))
    def fill_ratio(self):
        return sum(bin(b).count("1") for b in self.bits) / self.size
bf = BloomFilter(512, 3)
words = ["apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew", "kiwi", "lemon"]
for w in words:
    bf.add(w)
print(all(w in bf for w in words), bf.count, round(bf.fill_ratio(), 4))
probes = [f"word{i}" for i in range(500)]
false_pos = [p for p in probes if p in bf]
print("false positives:", len(false_pos), false_pos[:5])
print([p for p in ["apple", "apples", "Apple", "zucchini", "fig"] if p in bf])
print(bf._positions("apple"), bf._fnv1a(b"", 0), bf._fnv1a(b"a", 0))
tiny = BloomFilter(16, 2)
for w in words:
    tiny.add(w)
print(round(tiny.fill_ratio(), 3), sum(p in tiny for p in probes), bytes(tiny.bits).hex())
try:
    BloomFilter(0, 1)
except ValueError as e:
    print("ValueError", e)
