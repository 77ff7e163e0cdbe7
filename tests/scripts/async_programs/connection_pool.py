# A connection pool: a fixed number of connections handed out through a
# Queue, borrowed with an async context manager, replaced when broken,
# and closed on shutdown.
import asyncio
from contextlib import asynccontextmanager


class Connection:
    counter = 0

    def __init__(self):
        Connection.counter += 1
        self.id = Connection.counter
        self.broken = False
        self.used = 0

    async def query(self, sql):
        self.used += 1
        await asyncio.sleep(0.002)
        if "DROP" in sql:
            self.broken = True
            raise ConnectionError(f"conn {self.id} lost")
        return f"conn {self.id}: {sql}"


class Pool:
    def __init__(self, size):
        self.idle = asyncio.Queue()
        for _ in range(size):
            self.idle.put_nowait(Connection())
        self.waits = 0
        self.replaced = 0

    @asynccontextmanager
    async def connection(self):
        if self.idle.empty():
            self.waits += 1
        conn = await self.idle.get()
        try:
            yield conn
        finally:
            if conn.broken:
                self.replaced += 1
                conn = Connection()
            self.idle.put_nowait(conn)

    async def close(self):
        closed = []
        while not self.idle.empty():
            closed.append(self.idle.get_nowait().id)
        return sorted(closed)


async def client(pool, name, statements, out):
    for sql in statements:
        try:
            async with pool.connection() as conn:
                out.append(f"{name} -> {await conn.query(sql)}")
        except ConnectionError as e:
            out.append(f"{name} !! {e}")


async def main():
    pool = Pool(size=2)
    out = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(client(pool, "web", ["SELECT 1", "SELECT 2"], out))
        tg.create_task(client(pool, "cron", ["DROP TABLE x", "SELECT 3"], out))
        tg.create_task(client(pool, "api", ["SELECT 4"], out))
    for line in out:
        print(line)
    print("waited for a connection:", pool.waits, "times")
    print("broken connections replaced:", pool.replaced)
    print("closed on shutdown:", await pool.close())


asyncio.run(main())
