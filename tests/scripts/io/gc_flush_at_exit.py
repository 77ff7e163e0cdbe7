# File objects that are never closed: their data reaches the file, as CPython's finalizers write it.
from os import remove  # only to clean up the files

open("gc_flush_at_exit_a.tmp", "w").write("written without close\n")
with open("gc_flush_at_exit_a.tmp") as f:
    print(repr(f.read()))


def log(message):
    out = open("gc_flush_at_exit_b.tmp", "a")
    out.write(message + "\n")


for word in ["one", "two", "three"]:
    log(word)
with open("gc_flush_at_exit_b.tmp") as f:
    print(f.read().split())
with open("gc_flush_at_exit_b.tmp", "rb") as f:
    print(f.read())
binary = open("gc_flush_at_exit_c.tmp", "wb")
binary.write(b"bytes")
binary.close()
with open("gc_flush_at_exit_c.tmp", "rb") as f:
    print(f.read())
for name in ["a", "b", "c"]:
    remove("gc_flush_at_exit_%s.tmp" % name)
print("done")
