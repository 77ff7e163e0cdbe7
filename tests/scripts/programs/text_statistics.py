# Text statistics: sentences, words, frequencies, n-grams, readability, a histogram.
TEXT = """The quick brown fox jumps over the lazy dog. The dog did not mind!
Foxes are quick; dogs are lazy? Perhaps. But the fox, quick as ever, jumped again.
Lazy afternoons suit lazy dogs. Quick foxes prefer mornings."""
def sentences(text):
    out, cur = [], []
    for ch in text.replace("\n", " "):
        cur.append(ch)
        if ch in ".!?":
            s = "".join(cur).strip()
            if s:
                out.append(s)
            cur = []
    rest = "".join(cur).strip()
    if rest:
        out.append(rest)
    return out
def words(text):
    cleaned = "".join(ch.lower() if ch.isalpha() or ch == "'" else " " for ch in text)
    return cleaned.split()
def syllables(word):
    vowels = "aeiouy"
    count, prev = 0, False
    for ch in word:
        is_v = ch in vowels
        if is_v and not prev:
            count += 1
        prev = is_v
    if word.endswith("e") and count > 1:
        count -= 1
    return max(count, 1)
sents = sentences(TEXT)
ws = words(TEXT)
print(len(sents), "sentences;", len(ws), "words;", len(set(ws)), "distinct")
for i, s in enumerate(sents, 1):
    print(f"{i:2}. ({len(words(s)):2} words) {s}")
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
width = max(len(w) for w, _ in top)
for w, n in top:
    print(f"{w:>{width}} | {'#' * n} {n}")
bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print([f"{a} {b}" for (a, b), n in sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0])) if n > 1])
total_syl = sum(syllables(w) for w in ws)
fk = 206.835 - 1.015 * (len(ws) / len(sents)) - 84.6 * (total_syl / len(ws))
print(f"syllables={total_syl} avg word length={sum(map(len, ws)) / len(ws):.2f} Flesch={fk:.1f}")
lengths = {}
for w in ws:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    uniq = sorted(set(lengths[n]))
    print(n, len(lengths[n]), uniq[:5])
letters = [c for c in TEXT.lower() if c.isalpha()]
counts = {c: letters.count(c) for c in sorted(set(letters))}
print("".join(f"{c}{n}" for c, n in sorted(counts.items(), key=lambda kv: -kv[1])[:10]))
longest = max(sents, key=lambda s: len(words(s)))
print("longest:", longest)
caps = [w for w in TEXT.split() if w[0].isupper()]
print("capitalised tokens:", caps)
