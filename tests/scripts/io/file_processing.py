# A small data-processing job: write CSV-like records, read them back, aggregate, write a report.
from os import remove  # only to clean up the files
src, out = "file_processing_data.tmp", "file_processing_report.tmp"
rows = [("widget", 3, 2.50), ("gadget", 1, 10.00), ("widget", 2, 2.50), ("doohickey", 5, 0.99), ("gadget", 2, 9.50)]
with open(src, "w") as f:
    f.write("name,qty,price\n")
    for name, qty, price in rows:
        f.write(f"{name},{qty},{price}\n")
totals = {}
with open(src) as f:
    header = next(f).strip().split(",")
    for line in f:
        rec = dict(zip(header, line.strip().split(",")))
        totals[rec["name"]] = totals.get(rec["name"], 0) + int(rec["qty"]) * float(rec["price"])
with open(out, "w") as f:
    for name in sorted(totals):
        print(f"{name:<10}{totals[name]:>8.2f}", file=f)
    print(f"{'TOTAL':<10}{sum(totals.values()):>8.2f}", file=f)
with open(out) as f:
    print(f.read(), end="")
for p in (src, out):
    remove(p)
    try:
        open(p).close()
        print(p, "still there")
    except FileNotFoundError:
        print(p, "removed")
