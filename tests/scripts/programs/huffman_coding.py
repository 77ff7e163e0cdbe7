# Huffman codes built from a frequency table and a tree made with a hand-written priority queue, encode/decode, sizes.
class MinHeap:
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i and self.items[(i - 1) // 2] > self.items[i]:
            p = (i - 1) // 2
            self.items[p], self.items[i] = self.items[i], self.items[p]
            i = p
    def pop(self):
        top = self.items[0]
        last = self.items.pop()
        if self.items:
            self.items[0] = last
            i = 0
            while True:
                c = min((j for j in (2 * i + 1, 2 * i + 2) if j < len(self.items)), key=lambda j: self.items[j], default=None)
                if c is None or self.items[i] <= self.items[c]:
                    break
                self.items[i], self.items[c] = self.items[c], self.items[i]
                i = c
        return top
    def __len__(self):
        return len(self.items)
def build_codes(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    heap = MinHeap()
    order = 0
    for ch in sorted(freq):
        heap.push((freq[ch], order, ch))
        order += 1
    if len(heap) == 1:
        return freq, {heap.pop()[2]: "0"}
    while len(heap) > 1:
        f1, _, a = heap.pop()
        f2, _, b = heap.pop()
        heap.push((f1 + f2, order, (a, b)))
        order += 1
    codes = {}
    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix
        else:
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
    walk(heap.pop()[2], "")
    return freq, codes
def encode(text, codes):
    return "".join(codes[ch] for ch in text)
def decode(bits, codes):
    reverse = {v: k for k, v in codes.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in reverse:
            out.append(reverse[cur])
            cur = ""
    if cur:
        raise ValueError(f"dangling bits {cur!r}")
    return "".join(out)
text = "abracadabra alakazam"
freq, codes = build_codes(text)
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), freq[ch], codes[ch])
bits = encode(text, codes)
print(bits, len(bits), "bits vs", 8 * len(text))
print(decode(bits, codes) == text)
prefix_free = all(not b.startswith(a) for a in codes.values() for b in codes.values() if a != b)
print("prefix free:", prefix_free)
packed = int(bits, 2).to_bytes((len(bits) + 7) // 8, "big")
print(packed.hex(), len(packed))
try:
    decode(bits + "1", codes)
except ValueError as e:
    print("ValueError", e)
print(build_codes("aaaa")[1], encode("aaaa", build_codes("aaaa")[1]))
