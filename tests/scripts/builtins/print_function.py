# print with sep, end, file and flush; printing to stderr interleaved with stdout.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" -> continued")
print(1, 2.5, None, True, [1], sep=" | ")
print(*range(5), sep="-")
print(*[], sep="x", end="[empty]\n")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("sep None", "end None", sep=None, end=None)
print("multi\nline", "value")
print("", end="")
print("tab\tseparated", sep="\t")
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("captured", 42, file=w, sep="+", end="!")
print(w.parts)
print("also to stderr", 1, 2, sep=":", file=sys.stderr)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError", e)
print("last line")
