# Greedy word wrapping and full justification, with long words, centring and a boxed paragraph.
TEXT = ("Python is a programming language that lets you work quickly and integrate systems more effectively. "
        "Supercalifragilisticexpialidocious words must be split when they exceed the width.")
def wrap(text, width):
    if width < 1:
        raise ValueError("width must be at least 1")
    lines, line = [], ""
    for word in text.split():
        while len(word) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width - 1] + "-")
            word = word[width - 1:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines
def justify(lines, width):
    out = []
    for i, line in enumerate(lines):
        words = line.split(" ")
        if i == len(lines) - 1 or len(words) == 1:
            out.append(line.ljust(width))
            continue
        gaps = len(words) - 1
        spaces = width - sum(len(w) for w in words)
        base, extra = divmod(spaces, gaps)
        out.append("".join(w + " " * (base + (1 if j < extra else 0)) for j, w in enumerate(words[:-1])) + words[-1])
    return out
for width in (30, 18):
    print(f"--- width {width} ---")
    lines = wrap(TEXT, width)
    for a, b in zip(lines, justify(lines, width)):
        print(f"|{a:<{width}}|  |{b}|")
box = wrap("The quick brown fox jumps over the lazy dog", 14)
w = max(map(len, box))
print("+" + "-" * (w + 2) + "+")
for line in box:
    print("| " + line.center(w) + " |")
print("+" + "-" * (w + 2) + "+")
print(wrap("", 10), wrap("a b c", 1), wrap("exactly ten", 11))
try:
    wrap("x", 0)
except ValueError as e:
    print("ValueError", e)
