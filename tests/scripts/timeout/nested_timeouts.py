# Nested timeouts: only the one whose deadline fired turns the cancellation
# into TimeoutError; the other sees an ordinary exception pass through.
import asyncio


async def scenario(outer_d, inner_d, work):
    result = []
    try:
        async with asyncio.timeout(outer_d) as outer:
            try:
                async with asyncio.timeout(inner_d) as inner:
                    await asyncio.sleep(work)
                result.append("body finished")
            except TimeoutError:
                result.append("inner TimeoutError")
            await asyncio.sleep(0)
            result.append("after inner block")
    except TimeoutError:
        result.append("outer TimeoutError")
    result.append(f"expired outer={outer.expired()} inner={inner.expired()}")
    print(f"outer={outer_d} inner={inner_d} work={work}:", result)


async def main():
    await scenario(0.5, 0.01, 0.1)
    await scenario(0.01, 0.5, 0.1)
    await scenario(0.5, 0.5, 0.01)


asyncio.run(main())
