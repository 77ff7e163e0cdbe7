# What a collected future reports: a plain Future only when it holds an
# exception nobody retrieved (set at any time in its life), a subclass
# with __del__ always, and a retrieved or successful future nothing.
import asyncio
import gc


class Noisy(asyncio.Future):
    def __del__(self):
        print("Noisy.__del__ ran, done:", self.done())


async def main():
    loop = asyncio.get_running_loop()
    quiet = loop.create_future()
    quiet.set_result(1)
    retrieved = loop.create_future()
    retrieved.set_exception(KeyError("seen"))
    retrieved.exception()
    late = loop.create_future()
    for _ in range(3):
        await asyncio.sleep(0)
    late.set_exception(ValueError("never looked at"))
    noisy = Noisy()
    del quiet, retrieved, late, noisy
    gc.collect()
    await asyncio.sleep(0)
    print("collected")


asyncio.run(main())
