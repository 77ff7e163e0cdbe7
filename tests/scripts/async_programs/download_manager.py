# A download manager: files download in chunks concurrently, progress is
# reported through callbacks, one download is cancelled by the user half
# way, and a failing mirror is retried on another.
import asyncio


class Download:
    def __init__(self, name, size, mirrors):
        self.name = name
        self.size = size
        self.mirrors = list(mirrors)
        self.received = 0
        self.status = "queued"


async def fetch_chunk(mirror, name, index):
    await asyncio.sleep(0)
    if mirror == "broken.example" and index == 2:
        raise ConnectionResetError(f"{mirror} reset during chunk {index}")
    return 10


async def download(d, on_progress):
    for mirror in d.mirrors:
        d.received = 0
        d.status = f"from {mirror}"
        try:
            for index in range(d.size // 10):
                d.received += await fetch_chunk(mirror, d.name, index)
                on_progress(d)
            d.status = "complete"
            return d.received
        except ConnectionResetError as e:
            on_progress(d, note=f"retrying elsewhere: {e}")
    d.status = "failed"
    raise ConnectionError(f"{d.name}: all mirrors failed")


async def main():
    log = []

    def on_progress(d, note=None):
        if note:
            log.append(f"{d.name}: {note}")
        elif d.received % 20 == 0 or d.received == d.size:
            log.append(f"{d.name}: {d.received}/{d.size}")

    downloads = [
        Download("iso", 60, ["fast.example"]),
        Download("video", 80, ["fast.example"]),
        Download("tarball", 40, ["broken.example", "fast.example"]),
        Download("backup", 30, ["broken.example"]),
    ]
    tasks = {d.name: asyncio.create_task(download(d, on_progress), name=d.name) for d in downloads}

    async def user_cancels_video():
        while downloads[1].received < 40:
            await asyncio.sleep(0)
        tasks["video"].cancel("user pressed stop")

    canceller = asyncio.create_task(user_cancels_video())
    results = await asyncio.gather(*tasks.values(), return_exceptions=True)
    await canceller
    for line in log:
        print(line)
    print("--- summary")
    for d, r in zip(downloads, results):
        if isinstance(r, asyncio.CancelledError):
            d.status = "cancelled"
        outcome = r if isinstance(r, int) else f"{type(r).__name__}: {r}"
        print(f"{d.name:8} {d.status:10} {d.received:3}/{d.size:<3} {outcome}")


asyncio.run(main())
