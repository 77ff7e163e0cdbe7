# pydiff: stdin=alpha 3\nbeta 5\ngamma 7\n
# Reading standard input through sys.stdin: readline, iteration, read.
import sys
first = sys.stdin.readline()
print(repr(first))
total = 0
for line in sys.stdin:
    name, value = line.split()
    total += int(value)
    print(name.upper(), value)
print("total", total, repr(sys.stdin.readline()), repr(sys.stdin.read()))
