# String building and formatting: f-strings, %-formatting, str.format,
# join, concatenation and the common str methods.


def build(n):
    parts = []
    for i in range(n):
        parts.append(f"item-{i:05d}:{i * 0.5:.2f}|{i % 7!r}")
    text = ",".join(parts)
    return len(text), text[:40]


def formatting(n):
    total = 0
    for i in range(n):
        a = "%s=%d (%x)" % ("key", i, i)
        b = "{}/{:>8}/{:<4}".format(i, "v" + str(i), i % 10)
        c = f"{a}{b}"
        total += len(c)
    return total


def concat(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return len(s), s[-10:]


def methods(n):
    line = "The quick brown fox jumps over the lazy dog"
    count = 0
    for i in range(n):
        words = line.split()
        up = line.upper()
        low = up.lower()
        rep = low.replace("dog", "cat")
        if rep.startswith("the") and rep.endswith("cat"):
            count += len(words) + rep.find("fox")
        count += len("-".join(words).strip("T"))
    return count


print(build(200_000))
print(formatting(200_000))
print(concat(500_000))
print(methods(100_000))
