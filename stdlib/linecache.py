"""Cache lines from Python source files.

This is intended to read lines from modules imported -- hence if a filename
is not found, it will look down the module search path for a file by
that name.
"""

import sys
import _traceback

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]


# filename -> (size, mtime, lines, fullname) for a file that was read, or
# (get_source,) for a module whose loader can give its source later.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date.
    (This is not checked upon each call!)"""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            # lazy entries have nothing to compare yet
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            # the source came from a loader, not a file
            continue
        st = _traceback.stat(fullname)
        if st is None or st != (size, mtime):
            cache.pop(name, None)


def _join(dirname, basename):
    if not dirname:
        return basename
    if dirname.endswith('/'):
        return dirname + basename
    return dirname + '/' + basename


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines.
    If something's wrong, print a message, discard the cache entry,
    and return an empty list."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []

    fullname = filename
    st = _traceback.stat(fullname)
    if st is None:
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    # no source: not worth asking again
                    return []
                lines = [line + '\n' for line in data.splitlines()]
                cache[filename] = (len(data), None, lines, fullname)
                return lines
        # a relative name may be found along sys.path
        if filename.startswith('/'):
            return []
        for dirname in sys.path:
            if not isinstance(dirname, str):
                continue
            fullname = _join(dirname, filename)
            st = _traceback.stat(fullname)
            if st is not None:
                break
        else:
            return []

    text = _traceback.read_source(fullname)
    if text is None:
        return []
    # a file read breaks lines only at newlines (str.splitlines would also
    # break at \f, \x1c...); every line keeps its newline, the last gets one
    lines = [line + '\n' for line in text.split('\n')] if text else []
    if text.endswith('\n'):
        lines.pop()
    size, mtime = st
    cache[filename] = size, mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for filename with module_globals.

    The module loader will be asked for the source only when getlines is
    called, not immediately.

    If there is an entry in the cache already, it is not altered.

    :return: True if a lazy load is registered in the cache,
        otherwise False. To register such a load a module loader with a
        get_source method must be found, the filename must be a cacheable
        filename, and the filename must not be already cached.
    """
    if filename in cache:
        if len(cache[filename]) == 1:
            return True
        return False
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        spec = module_globals.get('__spec__')
        name = getattr(spec, 'name', None) or module_globals['__name__']
        loader = getattr(spec, 'loader', None)
        if loader is None:
            loader = module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            def get_lines(name=name, *args, **kwargs):
                return get_source(name, *args, **kwargs)
            cache[filename] = (get_lines,)
            return True
    return False
