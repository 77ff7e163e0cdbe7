# Walking a paginated API with an async generator: pages are fetched
# lazily, the consumer can stop early (and the generator is closed), and a
# prefetching variant fetches the next page while the current one is used.
import asyncio
from contextlib import aclosing

ITEMS = [f"item-{i:02d}" for i in range(23)]


class Api:
    def __init__(self, page_size):
        self.page_size = page_size
        self.requests = []

    async def page(self, cursor):
        self.requests.append(cursor)
        await asyncio.sleep(0.002)
        chunk = ITEMS[cursor:cursor + self.page_size]
        nxt = cursor + self.page_size if cursor + self.page_size < len(ITEMS) else None
        return chunk, nxt


async def all_items(api, log):
    cursor = 0
    try:
        while cursor is not None:
            items, cursor = await api.page(cursor)
            for item in items:
                yield item
    finally:
        log.append(f"iterator closed after {len(api.requests)} request(s)")


async def prefetching(api):
    task = asyncio.create_task(api.page(0))
    while task is not None:
        items, cursor = await task
        task = asyncio.create_task(api.page(cursor)) if cursor is not None else None
        for item in items:
            yield item


async def main():
    log = []
    api = Api(page_size=5)
    items = [x async for x in all_items(api, log)]
    print("all:", len(items), "first/last:", items[0], items[-1], "requests:", api.requests)

    api = Api(page_size=5)
    found = None
    async with aclosing(all_items(api, log)) as it:
        async for item in it:
            if item.endswith("07"):
                found = item
                break
    print("found", found, "after requests", api.requests)

    api = Api(page_size=10)
    got = [x async for x in prefetching(api)]
    print("prefetched:", len(got), "requests:", api.requests)
    for line in log:
        print(line)


asyncio.run(main())
