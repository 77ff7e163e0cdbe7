# run_forever() runs until loop.stop(); stop() lets the current iteration
# finish, so callbacks already queued still run.
import asyncio

loop = asyncio.new_event_loop()
trace = []


def first():
    trace.append("first")
    loop.call_soon(second)
    loop.stop()
    loop.call_soon(third)


def second():
    trace.append("second")


def third():
    trace.append("third")


loop.call_soon(first)
loop.run_forever()
print("after first run_forever:", trace)
loop.call_soon(loop.stop)
loop.run_forever()
print("after second run_forever:", trace)


async def ticker():
    for i in range(3):
        trace.append(f"tick {i}")
        await asyncio.sleep(0)
    loop.stop()


trace.clear()
loop.create_task(ticker())
loop.run_forever()
print(trace)
loop.close()
