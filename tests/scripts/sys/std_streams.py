# sys.stdout/sys.stderr write(), return values, flushing and interleaving order within each stream.
import sys
n = sys.stdout.write("written with write\n")
print("write returned", n)
sys.stdout.write("no newline, ")
sys.stdout.write("then newline\n")
m = sys.stderr.write("error line 1\n")
sys.stderr.write("error line 2\n")
print("stderr write returned", m)
sys.stdout.flush()
sys.stderr.flush()
print(sys.stdout.writable(), sys.stdin.readable() if sys.stdin else None, sys.stdout.isatty())
print("unicode ✓ é 中", file=sys.stdout)
print(sys.stdout.encoding.lower().replace("-", ""), sys.stderr.encoding.lower().replace("-", ""))
sys.stdout.writelines(["a\n", "b\n"])
old = sys.stdout
class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
sys.stdout = cap
print("captured text", 1, 2)
sys.stdout = old
print("restored; captured:", cap.data)
print(sys.__stdout__ is old)
