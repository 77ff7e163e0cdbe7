# Retry with a per-attempt timeout and exponential backoff. The fake
# service's behaviour depends only on the attempt number, so every run
# takes the same path.
import asyncio


class TransientError(Exception):
    pass


class Service:
    def __init__(self, script):
        self.script = script
        self.calls = 0

    async def call(self, request):
        behaviour = self.script[min(self.calls, len(self.script) - 1)]
        self.calls += 1
        # answers come after one loop iteration; a hang never ends, so the
        # outcome of each attempt does not depend on timing
        if behaviour == "hang":
            await asyncio.sleep(10)
        elif behaviour == "error":
            await asyncio.sleep(0)
            raise TransientError(f"attempt {self.calls} failed")
        elif behaviour == "fatal":
            raise PermissionError("not allowed")
        await asyncio.sleep(0)
        return f"{request} ok on attempt {self.calls}"


async def retry(fn, *, attempts, timeout, base_delay, log):
    delay = base_delay
    last = None
    for attempt in range(1, attempts + 1):
        try:
            async with asyncio.timeout(timeout):
                return await fn()
        except TimeoutError as e:
            last = e
            log.append(f"attempt {attempt}: timed out")
        except TransientError as e:
            last = e
            log.append(f"attempt {attempt}: {e}")
        if attempt < attempts:
            log.append(f"  backing off {delay * 1000:.0f} ms")
            await asyncio.sleep(delay)
            delay *= 2
    raise RuntimeError(f"gave up after {attempts} attempts") from last


async def run_case(name, script, attempts=4):
    svc = Service(script)
    log = []
    try:
        result = await retry(lambda: svc.call(name), attempts=attempts, timeout=0.01,
                             base_delay=0.002, log=log)
    except RuntimeError as e:
        result = f"{e} (last error: {type(e.__cause__).__name__})"
    except PermissionError as e:
        result = f"fatal: {e}"
    print(f"== {name}")
    for line in log:
        print(line)
    print("result:", result)


async def main():
    await run_case("fine", ["ok"])
    await run_case("flaky", ["error", "hang", "ok"])
    await run_case("down", ["hang"], attempts=3)
    await run_case("forbidden", ["error", "fatal"])


asyncio.run(main())
