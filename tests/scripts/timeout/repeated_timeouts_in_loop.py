# A retry loop using a fresh timeout per attempt; the task's cancellation
# count returns to zero after each expiry.
import asyncio

attempts = 0


async def flaky():
    global attempts
    attempts += 1
    # the first two attempts hang; the third answers after one iteration
    await asyncio.sleep(10 if attempts < 3 else 0)
    return f"succeeded on attempt {attempts}"


async def main():
    for i in range(5):
        try:
            async with asyncio.timeout(0.01):
                print(await flaky())
                break
        except TimeoutError:
            print(f"attempt {i + 1} timed out; cancelling() = {asyncio.current_task().cancelling()}")


asyncio.run(main())
