# The TimeoutError raised by timeout() is chained `from` the CancelledError
# that interrupted the body; the body sees that CancelledError.
import asyncio


async def main():
    seen = None
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError as e:
                seen = e
                raise
    except TimeoutError as e:
        print("cause is the body's CancelledError:", e.__cause__ is seen)
        print("cause args:", e.__cause__.args)
        print("suppress_context:", e.__suppress_context__)
        print("context is cause:", e.__context__ is seen)
        print("is OSError subclass:", isinstance(e, OSError), "is asyncio.TimeoutError:", type(e) is asyncio.TimeoutError)
    print("task not cancelled afterwards:", asyncio.current_task().cancelling())


asyncio.run(main())
