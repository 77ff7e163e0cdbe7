"""Python part of the warnings subsystem."""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']


class _Pattern:
    """A compiled filter pattern: matches like re.match (at the start of the
    text).  Plain text needs no regular-expression engine; anything else is
    handed to re when it is available."""

    __slots__ = ('pattern', 'flags', '_regex', '_ignorecase')

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self.flags = 2 if ignorecase else 0
        self._ignorecase = ignorecase
        self._regex = None
        if any(c in pattern for c in '.^$*+?{}[]\\|()'):
            try:
                import re
            except ImportError:
                pass
            else:
                self._regex = re.compile(pattern, re.I if ignorecase else 0)

    def match(self, text):
        if self._regex is not None:
            return self._regex.match(text)
        if self._ignorecase:
            return text.lower().startswith(self.pattern.lower())
        return text.startswith(self.pattern)

    def __eq__(self, other):
        if isinstance(other, _Pattern):
            return self.pattern == other.pattern and self.flags == other.flags
        return NotImplemented

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        if self._ignorecase:
            return f're.compile({self.pattern!r}, re.IGNORECASE)'
        return f're.compile({self.pattern!r})'


def _read_source_line(filename, lineno):
    try:
        import linecache
        return linecache.getline(filename, lineno)
    except Exception:
        return ''


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f'{msg.filename}:{msg.lineno}: {category}: {msg.message}\n'
    if msg.line is None:
        line = _read_source_line(msg.filename, msg.lineno)
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += '  %s\n' % line
    if msg.source is not None:
        s += _source_origin(msg.source, category)
    return s


def _source_origin(source, category):
    # Where the object behind the warning was allocated, which only
    # tracemalloc knows (and only while it traces); without it, a hint to
    # turn it on.
    try:
        import tracemalloc
    except Exception:
        return ''
    try:
        tracing = tracemalloc.is_tracing()
        tb = tracemalloc.get_object_traceback(source)
    except Exception:
        tracing, tb = True, None
    if tb is None:
        if tracing:
            return ''
        return (f'{category}: Enable tracemalloc to get the object '
                f'allocation traceback\n')
    s = 'Object allocated at (most recent call last):\n'
    for frame in tb:
        s += '  File "%s", lineno %s\n' % (frame.filename, frame.lineno)
        line = _read_source_line(frame.filename, frame.lineno)
        if line:
            s += '    %s\n' % line.strip()
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    sw = globals()['showwarning']
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    fw = globals()['formatwarning']
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    if action not in _ACTIONS:
        raise AssertionError(f'invalid action: {action!r}')
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError('category must be a Warning subclass')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError('lineno must be an int >= 0')
    msg = _Pattern(message, True) if message else None
    mod = _Pattern(module + r'\Z', False) if module else None
    if mod is not None and mod._regex is None:
        mod = _ModulePattern(module)
    _add_filter(action, msg, category, mod, lineno, append=append)


class _ModulePattern(_Pattern):
    __slots__ = ()

    def __init__(self, module):
        super().__init__(module, False)

    def match(self, text):
        return text == self.pattern


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    if action not in _ACTIONS:
        raise AssertionError(f'invalid action: {action!r}')
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError('lineno must be an int >= 0')
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError('skip_file_prefixes must be a tuple of strs')
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    try:
        frame = sys._getframe(stacklevel)
        if skip_file_prefixes:
            while frame is not None and frame.f_code.co_filename.startswith(skip_file_prefixes):
                frame = frame.f_back
            if frame is None:
                raise ValueError
    except ValueError:
        globals_ = sys.__dict__
        filename = 'sys'
        lineno = 1
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    if '__name__' in globals_:
        module = globals_['__name__']
    else:
        module = '<string>'
    registry = globals_.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry, globals_,
                  source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version[0]:
        registry.clear()
        registry['version'] = _filters_version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and
                _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'always':
        pass
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    else:
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s' % (action, item))
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text)


class WarningMessage(object):

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, '
                'line : %r}' % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon
    exiting the context."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append('module=%r' % self._module)
        name = type(self).__name__
        return '%s(%s)' % (name, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


def _warn_unawaited_coroutine(coro):
    # called by the interpreter when a coroutine that never ran is dropped
    lines = [f"coroutine '{coro.__qualname__}' was never awaited\n"]
    origin = getattr(coro, 'cr_origin', None)
    if origin is not None:
        import linecache, traceback
        created = [(filename, lineno, funcname, linecache.getline(filename, lineno))
                   for filename, lineno, funcname in reversed(origin)]
        lines.append("Coroutine created at (most recent call last)\n")
        lines += traceback.format_list(created)
    text = "".join(lines).rstrip("\n")
    # source= lets tracemalloc, when it traces, say where it was created
    warn(text, category=RuntimeWarning, stacklevel=2, source=coro)


_filters_version = [1]


def _filters_mutated():
    _filters_version[0] += 1


# The filters, the "once" registry, the default action and warn() itself
# live in the interpreter (_warnings), shared with the warnings it issues
# from C. The Python versions above stand in when it has no _warnings.
try:
    from _warnings import (filters, _defaultaction, _onceregistry,
                           warn, warn_explicit, _filters_mutated)
    defaultaction = _defaultaction
    onceregistry = _onceregistry
except ImportError:
    defaultaction = 'default'
    onceregistry = {}
    filters = []
    filters.extend([
        ('default', None, DeprecationWarning, '__main__', 0),
        ('ignore', None, DeprecationWarning, None, 0),
        ('ignore', None, PendingDeprecationWarning, None, 0),
        ('ignore', None, ImportWarning, None, 0),
        ('ignore', None, ResourceWarning, None, 0),
    ])
    _filters_mutated()
