# skein: options=--max-memory=16M
# skein: gc_stress_interval=100
# A runaway allocation raises MemoryError; the program catches it, goes on
# using memory, and finally lets one escape. skein runs this with a 16 MiB
# cap (the first line, read by tests/golden.py); CPython, which has no such
# option, caps its own address space below. Every loop is bounded, so a run
# without any cap ends (with different output) instead of eating the machine.
# Filling 16 MiB with a collection at every allocation would take hours, so
# a GC-stress build collects at every 100th here (the second line).
try:
    import resource
except ImportError:
    pass
else:
    with open("/proc/self/statm") as statm:
        in_use = int(statm.read().split()[0]) * resource.getpagesize()
    hard = resource.getrlimit(resource.RLIMIT_AS)[1]
    resource.setrlimit(resource.RLIMIT_AS, (in_use + (16 << 20), hard))

MB = 1 << 20


def big_chunks():
    chunks = []
    for _ in range(512):
        chunks.append(bytearray(MB))
    return "no MemoryError"


def many_small():
    items = []
    for i in range(20_000_000):
        items.append(str(i) * 4)
    return "no MemoryError"


def nested():
    d = {}
    for i in range(10_000_000):
        d[i] = [i, (i, str(i))]
    return "no MemoryError"


def attempt(grow):
    # The handler allocates nothing: there the exception's traceback still
    # holds the frame that filled the memory.
    try:
        return grow()
    except MemoryError as e:
        args = e.args
    return "raised MemoryError %r" % (args,)


for grow in (big_chunks, many_small, nested, big_chunks):
    print(grow.__name__, attempt(grow))
    # what was allocated is garbage now, and the program goes on
    words = [str(i) for i in range(50_000)]
    print("still working:", len(words), words[-1], sum(map(len, words)))
    del words

for size in (1 << 40, 1 << 50):
    for make in (bytearray, lambda n: "x" * n, lambda n: [None] * n):
        try:
            make(size)
            outcome = "no MemoryError"
        except MemoryError as e:
            outcome = "raised " + type(e).__name__
        print(size, outcome)


def caught_in_a_task_of_its_own():
    try:
        return big_chunks()
    except MemoryError:
        return "handled inside"


print(caught_in_a_task_of_its_own())

try:
    big_chunks()
finally:
    print("finally runs")
