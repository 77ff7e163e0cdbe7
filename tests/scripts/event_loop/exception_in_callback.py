# An exception in a callback does not stop the loop: the default exception
# handler logs it, and a custom handler receives the context dict.
import asyncio


def broken():
    raise ZeroDivisionError("in callback")


def custom_handler(loop, context):
    print("custom handler:", sorted(context), repr(context["exception"]))
    print("  message:", context["message"])


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(broken)
    await asyncio.sleep(0)
    print("loop still running")
    loop.set_exception_handler(custom_handler)
    print("handler set:", loop.get_exception_handler() is custom_handler)
    loop.call_soon(broken)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "hand-made report", "exception": KeyError("k")})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "default handler, no exception"})
    print("done")


asyncio.run(main())
