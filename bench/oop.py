# Method calls and attribute access: an n-body-like simulation built from
# small classes (vectors, bodies) plus a round-robin scheduler of
# polymorphic workers passing packets, richards-style.


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z


class Body:
    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass

    def energy(self):
        return 0.5 * self.mass * self.vel.dot(self.vel)


class System:
    def __init__(self, bodies):
        self.bodies = bodies

    def step(self, dt):
        bodies = self.bodies
        n = len(bodies)
        for i in range(n):
            a = bodies[i]
            for j in range(i + 1, n):
                b = bodies[j]
                d = a.pos.sub(b.pos)
                dist2 = d.dot(d) + 0.01
                mag = dt / (dist2 * dist2 ** 0.5)
                a.vel = a.vel.sub(d.scale(b.mass * mag))
                b.vel = b.vel.add(d.scale(a.mass * mag))
        for body in bodies:
            body.pos = body.pos.add(body.vel.scale(dt))

    def energy(self):
        e = 0.0
        for body in self.bodies:
            e += body.energy()
        return e


class Packet:
    def __init__(self, kind, datum):
        self.kind = kind
        self.datum = datum
        self.link = None


class Worker:
    def __init__(self, name):
        self.name = name
        self.count = 0
        self.queue = None

    def enqueue(self, packet):
        packet.link = self.queue
        self.queue = packet

    def run(self, scheduler):
        packet = self.queue
        if packet is None:
            return
        self.queue = packet.link
        packet.link = None
        self.count += 1
        self.handle(scheduler, packet)


class Doubler(Worker):
    def handle(self, scheduler, packet):
        packet.datum = (packet.datum * 2) % 10007
        scheduler.send(packet, "adder")


class Adder(Worker):
    def handle(self, scheduler, packet):
        packet.datum = packet.datum + self.count
        scheduler.send(packet, "sink")


class Sink(Worker):
    def __init__(self, name):
        super().__init__(name)
        self.total = 0

    def handle(self, scheduler, packet):
        self.total = (self.total + packet.datum) % 1000000007
        packet.kind += 1
        scheduler.send(packet, "doubler")


class Scheduler:
    def __init__(self):
        self.workers = {}
        self.order = []

    def add(self, worker):
        self.workers[worker.name] = worker
        self.order.append(worker)

    def send(self, packet, name):
        self.workers[name].enqueue(packet)

    def run(self, rounds):
        for _ in range(rounds):
            for w in self.order:
                w.run(self)


def simulate():
    bodies = []
    for k in range(8):
        f = float(k)
        bodies.append(Body(Vec(f, f * 0.5, -f), Vec(0.1 * f, 0.0, 0.05), 1.0 + f / 10))
    system = System(bodies)
    for _ in range(2500):
        system.step(0.001)
    return system.energy()


def schedule():
    s = Scheduler()
    s.add(Doubler("doubler"))
    s.add(Adder("adder"))
    sink = Sink("sink")
    s.add(sink)
    for d in range(20):
        s.send(Packet(0, d), "doubler")
    s.run(60000)
    return sink.total, sink.count


print(f"{simulate():.6f}")
print(schedule())
