# time: only deterministic properties (types, monotonicity, sleep(0), struct_time fields of a fixed epoch).
import time
t = time.time()
print(type(t).__name__, t > 1_600_000_000)
a = time.monotonic()
time.sleep(0)
time.sleep(0.001)
b = time.monotonic()
print(b >= a, b - a < 5)
p1 = time.perf_counter()
sum(range(10000))
p2 = time.perf_counter()
print(p2 >= p1, type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__, time.time_ns() > 10**18)
st = time.gmtime(0)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_wday, st.tm_yday, tuple(st)[:6])
st2 = time.gmtime(86400 * 365 + 3600 * 5 + 61)
print(tuple(st2)[:6], time.strftime("%Y-%m-%d %H:%M:%S", st2))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)
start = time.monotonic()
deadline = start + 0.01
spins = 0
while time.monotonic() < deadline:
    spins += 1
print("waited", spins > 0)
