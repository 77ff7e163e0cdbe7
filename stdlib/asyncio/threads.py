"""asyncio.to_thread(): not available, skein runs one thread per VM."""

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    raise NotImplementedError('asyncio.to_thread(): skein has no threads')
