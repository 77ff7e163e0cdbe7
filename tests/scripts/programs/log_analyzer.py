# Parsing web-server style log lines, aggregating by status and path, and reporting anomalies.
LOG = """\
2024-03-01T10:00:01 GET /index.html 200 512 12ms
2024-03-01T10:00:02 GET /about.html 200 1024 8ms
2024-03-01T10:00:02 POST /login 302 0 120ms
2024-03-01T10:00:03 GET /missing 404 128 3ms
2024-03-01T10:00:05 GET /index.html 200 512 15ms
this line is garbage
2024-03-01T10:00:06 GET /api/items 500 64 950ms
2024-03-01T10:00:07 GET /api/items 200 2048 40ms
2024-03-01T10:00:07 DELETE /api/items/3 403 32 5ms
2024-03-01T10:00:09 GET /index.html 304 0 2ms
2024-03-01T10:01:00 GET /api/items 200 2048 1200ms
2024-03-01T10:01:01 GET /index.html 200 abc 5ms
"""
class LogRecord:
    __slots__ = ("time", "method", "path", "status", "size", "ms")
    def __init__(self, line):
        parts = line.split()
        if len(parts) != 6:
            raise ValueError(f"expected 6 fields, got {len(parts)}")
        self.time, self.method, self.path = parts[0], parts[1], parts[2]
        self.status, self.size = int(parts[3]), int(parts[4])
        if not parts[5].endswith("ms"):
            raise ValueError(f"bad duration {parts[5]!r}")
        self.ms = int(parts[5][:-2])
    @property
    def minute(self):
        return self.time[11:16]
records, errors = [], []
for n, line in enumerate(LOG.splitlines(), 1):
    try:
        records.append(LogRecord(line))
    except ValueError as e:
        errors.append(f"line {n}: {e}")
print(f"{len(records)} records, {len(errors)} rejected")
print("\n".join(errors))
by_class = {}
for r in records:
    by_class.setdefault(f"{r.status // 100}xx", []).append(r)
for cls in sorted(by_class):
    print(cls, len(by_class[cls]), sorted({r.status for r in by_class[cls]}))
paths = {}
for r in records:
    stats = paths.setdefault(r.path, {"hits": 0, "bytes": 0, "ms": []})
    stats["hits"] += 1
    stats["bytes"] += r.size
    stats["ms"].append(r.ms)
print(f"{'path':<16}{'hits':>5}{'bytes':>7}{'avg ms':>8}{'max ms':>8}")
for path, s in sorted(paths.items(), key=lambda kv: (-kv[1]["hits"], kv[0])):
    print(f"{path:<16}{s['hits']:>5}{s['bytes']:>7}{sum(s['ms']) / len(s['ms']):>8.1f}{max(s['ms']):>8}")
slow = [r for r in records if r.ms > 500]
print("slow:", [(r.path, r.ms) for r in slow])
per_minute = {}
for r in records:
    per_minute[r.minute] = per_minute.get(r.minute, 0) + 1
print(per_minute)
error_rate = sum(r.status >= 500 for r in records) / len(records)
print(f"5xx rate {error_rate:.1%}, methods {sorted({r.method for r in records})}")
ms = sorted(r.ms for r in records)
def percentile(data, p):
    k = (len(data) - 1) * p
    lo = int(k)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (k - lo)
print("p50", percentile(ms, 0.5), "p90", round(percentile(ms, 0.9), 1), "p99", round(percentile(ms, 0.99), 2))
