"""Lines of source files, read once and kept, for tracebacks and warnings.

A relative file name that does not name a file is looked for in each
folder of sys.path, as the file of an imported module would be.
"""

import sys
import _traceback

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]


# filename -> (size, mtime, lines, fullname) for a file that was read, or
# (get_source,) for a module whose loader can give its source later.
cache = {}


def clearcache():
    """Forget every file read."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (1-based) of the file, with its newline; '' when there
    is no such line or file."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All the lines of the file, each with its newline, read now if they
    are not kept yet; [] when the file cannot be read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Forget the lines kept for files (the given one, or all) that changed
    on disk since they were read."""
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
    """Read the file's lines again and keep them; [] when it cannot be
    read."""
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
    """Remember how to get the file's source from the loader of the module
    whose globals are given, to ask it only when the lines are wanted.
    True when that is now remembered (or already was), False when there is
    no such loader, the name is not a file's, or the lines are already
    kept."""
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
