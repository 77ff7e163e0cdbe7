# A task still pending when the program ends is garbage by then: at exit it
# is reported as destroyed while pending, and its coroutine is closed while
# the module's globals are still intact, so the `except` clause naming
# asyncio.CancelledError and the finally block run normally.
import asyncio


async def other():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("never: closing throws GeneratorExit, not CancelledError")
        raise
    finally:
        print("finally runs; asyncio is still a", type(asyncio).__name__)


loop = asyncio.new_event_loop()
t = loop.create_task(other())
loop.run_until_complete(asyncio.sleep(0))
loop.close()
del t
print("end of program")
