"""Subprocesses: not available in skein."""

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

PIPE = -1
STDOUT = -2
DEVNULL = -3


async def create_subprocess_exec(program, *args, **kwargs):
    raise NotImplementedError('asyncio.create_subprocess_exec() is not supported by skein '
                              '(its event loop has no subprocesses)')


async def create_subprocess_shell(cmd, **kwargs):
    raise NotImplementedError('asyncio.create_subprocess_shell() is not supported by skein '
                              '(its event loop has no subprocesses)')
