"""Streams (sockets): not available in skein."""

__all__ = ('StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection',
           'start_server', 'open_unix_connection', 'start_unix_server')


def _not_supported(what):
    return NotImplementedError(f'{what} is not supported by skein (its event loop has no I/O)')


async def open_connection(host=None, port=None, **kwargs):
    raise _not_supported('asyncio.open_connection() (streams)')


async def start_server(client_connected_cb, host=None, port=None, **kwargs):
    raise _not_supported('asyncio.start_server() (streams)')


async def open_unix_connection(path=None, **kwargs):
    raise _not_supported('asyncio.open_unix_connection() (streams)')


async def start_unix_server(client_connected_cb, path=None, **kwargs):
    raise _not_supported('asyncio.start_unix_server() (streams)')


class StreamReader:
    def __init__(self, *args, **kwargs):
        raise _not_supported('asyncio.StreamReader (streams)')


class StreamWriter:
    def __init__(self, *args, **kwargs):
        raise _not_supported('asyncio.StreamWriter (streams)')


class StreamReaderProtocol:
    def __init__(self, *args, **kwargs):
        raise _not_supported('asyncio.StreamReaderProtocol (streams)')
