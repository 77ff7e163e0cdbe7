# pydiff: stdin=first line\nsecond line\nthird\nfourth é\r\nlast
# Reading standard input through input(), sys.stdin.readline(), iteration and read().
import sys

print(repr(input()))
print(repr(input("prompt> ")))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(3)))
for line in sys.stdin:
    print("line:", repr(line))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input("at end> ")
except EOFError as e:
    print("EOFError:", e)
print(sys.stdin.name, sys.stdin.mode, sys.stdin.encoding, sys.stdin.readable(), sys.stdin.writable())
print(sys.stdin.fileno(), sys.stdin.closed, type(sys.stdin).__name__)
try:
    sys.stdin.write("x")
except Exception as e:
    print(type(e).__name__ + ":", e)
