# A discrete-event simulation of a bank queue with a deterministic random number generator.
class LCG:
    def __init__(self, seed):
        self.state = seed
    def random(self):
        self.state = (1664525 * self.state + 1013904223) % 2**32
        return self.state / 2**32
    def expovariate(self, rate):
        return -_log1m(self.random()) / rate
def _log1m(u):
    # log(1 - u) via a series; exact enough and independent of the platform's libm
    total, term, n = 0.0, u, 1
    while term > 1e-15:
        total -= term / n
        n += 1
        term *= u
    return total
class Customer:
    def __init__(self, cid, arrival, service):
        self.cid, self.arrival, self.service = cid, arrival, service
        self.start = self.end = None
def simulate(n_customers, tellers, seed):
    rng = LCG(seed)
    t = 0.0
    customers = []
    for cid in range(n_customers):
        t += rng.expovariate(1 / 2.0)
        customers.append(Customer(cid, t, 1.0 + rng.random() * 5.0))
    free_at = [0.0] * tellers
    assignments = [0] * tellers
    for c in customers:
        k = min(range(tellers), key=lambda i: (free_at[i], i))
        c.start = max(c.arrival, free_at[k])
        c.end = c.start + c.service
        free_at[k] = c.end
        assignments[k] += 1
    waits = [c.start - c.arrival for c in customers]
    return customers, waits, assignments
for tellers in (1, 2, 3):
    customers, waits, assignments = simulate(40, tellers, seed=2024)
    avg = sum(waits) / len(waits)
    worst = max(range(len(waits)), key=lambda i: waits[i])
    served_quickly = sum(1 for w in waits if w < 1.0)
    print(f"tellers={tellers} avg wait={avg:6.2f} max wait={waits[worst]:6.2f} (customer {worst}) "
          f"quick={served_quickly:2} per teller={assignments} closes at {max(c.end for c in customers):.2f}")
customers, waits, _ = simulate(8, 2, seed=7)
print(f"{'id':>3} {'arrive':>7} {'start':>7} {'end':>7} {'wait':>6}")
for c, w in zip(customers, waits):
    print(f"{c.cid:>3} {c.arrival:7.2f} {c.start:7.2f} {c.end:7.2f} {w:6.2f}")
rng = LCG(1)
samples = [rng.random() for _ in range(10000)]
buckets = [0] * 10
for s in samples:
    buckets[int(s * 10)] += 1
print("uniformity:", buckets, round(sum(samples) / len(samples), 3))
