# A cancelled TimerHandle tells its loop through _timer_handle_cancelled:
# a loop class (or instance) that replaces the method sees every call, and
# the loop's count of cancelled timers follows.
import asyncio


class CountingLoop(asyncio.SelectorEventLoop):
    def _timer_handle_cancelled(self, handle):
        print("class hook:", handle.cancelled(), handle.when() > 0)
        super()._timer_handle_cancelled(handle)


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_later(10, print, "never")
    h.cancel()
    h.cancel()  # a second cancel says nothing
    print("count:", loop._timer_cancelled_count)
    async with asyncio.timeout(5):
        await asyncio.sleep(0)
    print("count after timeout block:", loop._timer_cancelled_count)


with asyncio.Runner(loop_factory=CountingLoop) as runner:
    runner.run(main())


async def instance_hook():
    loop = asyncio.get_running_loop()
    calls = []
    loop._timer_handle_cancelled = calls.append
    loop.call_later(10, print, "never").cancel()
    print("instance hook calls:", len(calls), "count:", loop._timer_cancelled_count)
    del loop._timer_handle_cancelled
    loop.call_later(10, print, "never").cancel()
    print("plain again, count:", loop._timer_cancelled_count)


asyncio.run(instance_hook())
