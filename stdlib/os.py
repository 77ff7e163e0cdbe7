"""OS routines for POSIX systems: the posix module's system calls, plus
the parts written in Python — os.environ and getenv, makedirs, walk,
scandir's DirEntry objects, fsencode/fsdecode and os.PathLike.

os.path is posixpath.
"""
import abc
import sys
import stat as st

from posix import *
from posix import _exit, _scandir_entries
import posix as _posix

name = 'posix'
linesep = '\n'

import posixpath as path
sys.modules['os.path'] = path
from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull)

error = OSError
supports_bytes_environ = True
# dir_fd=, fd arguments and follow_symlinks= as the posix functions take them
supports_dir_fd = set()
supports_effective_ids = set()
supports_fd = {chdir, listdir, stat, truncate, utime, chmod}
supports_follow_symlinks = {stat}

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

__all__ = [n for n in globals() if not n.startswith('_') and n not in ('abc', 'sys', 'st')]
__all__ += ['makedirs', 'removedirs', 'renames', 'walk', 'getenv', 'getenvb', 'fsencode', 'fsdecode',
            'get_exec_path', 'environb', 'scandir', 'DirEntry', 'PathLike']


# ---- directories -------------------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones.  Works like
    mkdir, except that any intermediate path segment (not just the rightmost)
    will be created if it does not exist. If the target directory already
    exists, raise an OSError if exist_ok is False. Otherwise no exception is
    raised.  This is recursive.

    """
    head, tail = path.split(name)
    if not tail:
        # "a/b/" names "a/b"
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # another process made it meanwhile
            pass
        here = bytes(curdir, 'ASCII') if isinstance(tail, bytes) else curdir
        if tail == here:
            # "a/." is "a", just made
            return
    try:
        mkdir(name, mode)
    except OSError:
        # an existing directory is fine when asked; anything else is not
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """removedirs(name)

    Super-rmdir; remove a leaf directory and all empty intermediate
    ones.  Works like rmdir except that, if the leaf directory is
    successfully removed, directories corresponding to rightmost path
    segments will be pruned away until either the whole path is
    consumed or an error occurs.  Errors during this latter phase are
    ignored -- they generally mean that a directory was not empty.

    """
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """renames(old, new)

    Super-rename; create directories as necessary and delete any left
    empty.  Works like rename, except creation of any intermediate
    directories needed to make the new pathname good is attempted
    first.  After the rename, directories corresponding to rightmost
    path segments of the old name will be pruned until either the
    whole path is consumed or a nonempty directory is found.
    """
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


# ---- scandir -------------------------------------------------------------------------

_DT_UNKNOWN, _DT_DIR, _DT_REG, _DT_LNK = 0, 1, 2, 3


class DirEntry:
    """An entry of a directory that scandir() yields: its name and path, its
    type from the directory listing where the system gives it, and its
    stat() result, fetched once when first asked."""

    __slots__ = ('name', 'path', '_kind', '_inode', '_stat', '_lstat')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, directory, name, kind, inode):
        self = object.__new__(cls)
        self.name = name
        self.path = path.join(directory, name)
        self._kind = kind
        self._inode = inode
        self._stat = None
        self._lstat = None
        return self

    def inode(self):
        return self._inode

    def is_symlink(self):
        if self._kind != _DT_UNKNOWN:
            return self._kind == _DT_LNK
        try:
            return st.S_ISLNK(self.stat(follow_symlinks=False).st_mode)
        except FileNotFoundError:
            return False

    def _is_type(self, kind, test, follow_symlinks):
        if self._kind != _DT_UNKNOWN and not (follow_symlinks and self._kind == _DT_LNK):
            return self._kind == kind
        try:
            return test(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except FileNotFoundError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        return self._is_type(_DT_DIR, st.S_ISDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._is_type(_DT_REG, st.S_ISREG, follow_symlinks)

    def is_junction(self):
        return False

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks or self._kind not in (_DT_UNKNOWN, _DT_LNK):
            if self._lstat is None:
                self._lstat = lstat(self.path)
            if not follow_symlinks or not st.S_ISLNK(self._lstat.st_mode):
                return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    """What scandir() returns: an iterator of DirEntry objects that is also
    a context manager."""

    def __init__(self, entries):
        self._entries = entries

    def __iter__(self):
        return self

    def __next__(self):
        if not self._entries:
            raise StopIteration
        return self._entries.pop()

    def close(self):
        self._entries = []

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = 'ScandirIterator'
_ScandirIterator.__module__ = 'posix'


def scandir(path=None):
    """Return an iterator of DirEntry objects for given path.

    path can be specified as either str, bytes, or a path-like object.  If path
    is bytes, the names of yielded DirEntry objects will also be bytes; in
    all other circumstances they will be str.

    If path is None, uses the path='.'.
    """
    if path is None:
        directory = '.'
    else:
        directory = fspath(path)
    entries = [DirEntry._make(directory, n, k, i) for n, k, i in _scandir_entries(directory)]
    entries.reverse()
    return _ScandirIterator(entries)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator.

    For each directory in the directory tree rooted at top (including top
    itself, but excluding '.' and '..'), yields a 3-tuple

        dirpath, dirnames, filenames

    dirpath is a string, the path to the directory.  dirnames is a list of
    the names of the subdirectories in dirpath (including symlinks to
    directories, and excluding '.' and '..').  filenames is a list of the
    names of the non-directory files in dirpath.

    If optional arg 'topdown' is true or not specified, the triple for a
    directory is generated before the triples for any of its subdirectories
    (directories are generated top down).  When topdown is true, the caller
    can modify the dirnames list in-place and walk() will only recurse into
    the subdirectories whose names remain in dirnames.

    If optional arg 'onerror' is specified, it should be a function; it
    will be called with one argument, an OSError instance.

    By default, os.walk does not follow symbolic links to subdirectories.
    """
    # A stack of directories still to list, and (for bottom-up order)
    # results waiting until their subdirectories have been yielded.
    pending = [fspath(top)]
    while pending:
        top = pending.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs, nondirs, walk_into = [], [], []
        try:
            it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with it:
            while True:
                try:
                    try:
                        entry = next(it)
                    except StopIteration:
                        break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    # bottom up: decide now whether to descend, as the
                    # caller cannot prune the list
                    if followlinks:
                        descend = True
                    else:
                        try:
                            descend = not entry.is_symlink()
                        except OSError:
                            descend = False
                    if descend:
                        walk_into.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            # the caller may have pruned or reordered dirs
            for name in reversed(dirs):
                new_path = path.join(top, name)
                if followlinks or not path.islink(new_path):
                    pending.append(new_path)
        else:
            pending.append((top, dirs, nondirs))
            for new_path in reversed(walk_into):
                pending.append(new_path)


# ---- the environment ---------------------------------------------------------------

from collections.abc import Mapping as _Mapping, MutableMapping as _MutableMapping


class _Environ(_MutableMapping):
    """os.environ: the process environment as a mapping whose changes are
    passed on to the system (putenv/unsetenv), so child processes see
    them."""

    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self.encodekey(key)]
        except KeyError:
            # the key as the caller wrote it
            raise KeyError(key) from None
        return self.decodevalue(value)

    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encodedkey = self.encodekey(key)
        unsetenv(encodedkey)
        try:
            del self._data[encodedkey]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        # a copy, so that the environment may change while iterating
        keys = list(self._data)
        for key in keys:
            yield self.decodekey(key)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ', '.join('{!r}: {!r}'.format(self.decodekey(key), self.decodevalue(value))
                          for key, value in self._data.items())
        return f"environ({{{items}}})"

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


def _create_environ():
    def check_str(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value

    def encode(value):
        return check_str(value).encode('utf-8', 'surrogateescape')

    def decode(value):
        return value.decode('utf-8', 'surrogateescape')

    return _Environ(_posix.environ, encode, decode, encode, decode)


environ = _create_environ()


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)


def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value


# the same environment with bytes keys and values
environb = _Environ(environ._data, _check_bytes, bytes, _check_bytes, bytes)


def getenvb(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are bytes."""
    return environb.get(key, default)


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem
    encoding with 'surrogateescape' error handler, return bytes unchanged.
    """
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem
    encoding with 'surrogateescape' error handler, return str unchanged.
    """
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the
    named executable (similar to a shell) when launching a process.

    *env* must be an environment variable dict or None.  If *env* is None,
    os.environ will be used.
    """
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class PathLike(abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return _check_methods(subclass, '__fspath__')
        return NotImplemented

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)
