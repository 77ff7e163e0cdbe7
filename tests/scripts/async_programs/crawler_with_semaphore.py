# A web crawler over a fake site: fetches are simulated with latency, at
# most three run at once (a Semaphore), every page is visited once, and
# the crawl stops at a maximum depth.
import asyncio

SITE = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/about"],
    "/blog/1": ["/blog/2"],
    "/blog/2": ["/blog/1", "/blog/3"],
    "/blog/3": [],
    "/shop": ["/shop/cart", "/missing"],
    "/shop/cart": ["/shop"],
    "/team": ["/team/alice", "/team/bob"],
    "/team/alice": [],
    "/team/bob": [],
}

LATENCY = {path: 0.004 * (i + 1) for i, path in enumerate(sorted(SITE) + ["/missing"])}


class NotFound(Exception):
    pass


class Crawler:
    def __init__(self, limit, max_depth):
        self.sem = asyncio.Semaphore(limit)
        self.max_depth = max_depth
        self.seen = set()
        self.fetched = []
        self.errors = []
        self.active = 0
        self.peak = 0

    async def fetch(self, path):
        async with self.sem:
            self.active += 1
            self.peak = max(self.peak, self.active)
            try:
                await asyncio.sleep(LATENCY[path])
                if path not in SITE:
                    raise NotFound(path)
                return SITE[path]
            finally:
                self.active -= 1

    async def crawl(self, path, depth, tg):
        try:
            links = await self.fetch(path)
        except NotFound as e:
            self.errors.append(f"404 {e}")
            return
        self.fetched.append((depth, path))
        if depth == self.max_depth:
            return
        for link in links:
            if link not in self.seen:
                self.seen.add(link)
                tg.create_task(self.crawl(link, depth + 1, tg))

    async def run(self, start):
        self.seen.add(start)
        async with asyncio.TaskGroup() as tg:
            tg.create_task(self.crawl(start, 0, tg))
        return self.fetched


async def main():
    crawler = Crawler(limit=3, max_depth=2)
    pages = await crawler.run("/")
    # completion order depends on latencies; print the crawl tree sorted
    for depth, path in sorted(pages):
        print("  " * depth + path)
    print("pages fetched:", len(pages))
    print("errors:", crawler.errors)
    print("peak concurrency:", crawler.peak)
    unvisited = sorted(set(SITE) - {p for _, p in pages})
    print("beyond max depth:", unvisited)


asyncio.run(main())
