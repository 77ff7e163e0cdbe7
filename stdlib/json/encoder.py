"""json.encoder: JSONEncoder and the string escaping it uses.

Strings are escaped with str.translate over a table (skein has no `re`);
the table for ensure_ascii computes the \\uXXXX form of a non-ASCII
character the first time it meets it.  Output goes to an `emit` callable:
list.append for dumps, the file's write for dump, so that dump writes as it
goes like CPython's.
"""

__all__ = ['JSONEncoder']

import sys

INFINITY = float('inf')
# How deeply CPython's C encoder nests containers (and default() results).
_C_MAX_DEPTH = 1497

_BASIC_ESCAPES = {ord('"'): '\\"', ord('\\'): '\\\\', ord('\n'): '\\n',
                  ord('\r'): '\\r', ord('\t'): '\\t', ord('\b'): '\\b',
                  ord('\f'): '\\f'}
for _code in range(0x20):
    _BASIC_ESCAPES.setdefault(_code, '\\u%04x' % _code)
del _code


def _ascii_escape(code):
    """The \\uXXXX form of a code point (a surrogate pair above U+FFFF)."""
    if code < 0x10000:
        return '\\u%04x' % code
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff))


# Translation table for ensure_ascii: printable ASCII (absent, so kept)
# stays, the rest is escaped.  It is a plain dict (translate is much faster
# on one than on a dict subclass with __missing__), so the non-ASCII
# characters of a string are added to it before translating; past a bound
# they go to a copy.
_ASCII_ESCAPES = dict(_BASIC_ESCAPES)
_ASCII_ESCAPES[0x7f] = '\\u007f'
_ASCII_ESCAPES_BOUND = 20000


def py_encode_basestring(s):
    """The JSON form of s, non-ASCII characters kept."""
    if '"' not in s and '\\' not in s and s.isprintable():
        return '"' + s + '"'
    return '"' + s.translate(_BASIC_ESCAPES) + '"'


def py_encode_basestring_ascii(s):
    """The JSON form of s in ASCII only."""
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    table = _ASCII_ESCAPES
    if not s.isascii():
        for ch in set(s):
            code = ord(ch)
            if code > 0x7f and code not in table:
                if table is _ASCII_ESCAPES and len(table) > _ASCII_ESCAPES_BOUND:
                    table = dict(table)
                table[code] = _ascii_escape(code)
    return '"' + s.translate(table) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Encodes Python values as JSON text: dict -> object, list and tuple ->
    array, str -> string, int and float -> number, True/False/None ->
    true/false/null.  Override default() to encode other types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of o, as one str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o in chunks."""
        if _one_shot:
            chunks = []
            self._encode_to(o, chunks.append, _one_shot)
            if self.indent is None:
                # CPython's C encoder gives the whole text as one chunk.
                return iter((''.join(chunks),))
            return iter(chunks)
        return self._iterencode_lazily(o)

    def _iterencode_lazily(self, o):
        # CPython's Python encoder is a generator: nothing is encoded until
        # the first chunk is asked for, and an error comes after the chunks
        # before it.
        chunks = []
        try:
            self._encode_to(o, chunks.append)
        except BaseException as exc:
            error = exc
        else:
            error = None
        yield from chunks
        if error is not None:
            raise error

    def _encode_to(self, o, emit, one_shot=False):
        # CPython encodes in C, nesting up to a fixed depth, only when
        # one_shot without indent; its Python encoder is bounded by the
        # recursion limit, with the plain RecursionError message.
        if one_shot and self.indent is None:
            limit = _C_MAX_DEPTH
            overflow = ('maximum recursion depth exceeded while encoding a '
                        'JSON object')
        else:
            limit = sys.getrecursionlimit() - 6
            overflow = 'maximum recursion depth exceeded'
        _encode(self, o, emit, limit, overflow)


def _encode(encoder, o, emit, limit, overflow):
    """Emits the JSON text of o.  Containers are walked with an explicit
    stack of open ones, so depth is bounded by limit (raising RecursionError
    with the message overflow) rather than by the interpreter's recursion."""
    markers = {} if encoder.check_circular else None
    default = encoder.default
    encode_str = (encode_basestring_ascii if encoder.ensure_ascii
                  else encode_basestring)
    indent = encoder.indent
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    item_separator = encoder.item_separator
    key_separator = encoder.key_separator
    sort_keys = encoder.sort_keys
    skipkeys = encoder.skipkeys
    allow_nan = encoder.allow_nan
    int_repr = int.__repr__
    float_repr = float.__repr__

    def floatstr(o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float_repr(o)
        if not allow_nan:
            raise ValueError('Out of range float values are not JSON '
                             'compliant: ' + repr(o))
        return text

    # The chunks are those of CPython's Python encoder (which dump and
    # iterencode show): an array's opening or separator is joined to the
    # chunk of a plain item that follows it (`pending`), an object's
    # separators and keys are chunks of their own.
    #
    # One open container per entry: [kind, items iterator, container,
    # separator, closing newline or None, first item still to come?]; kind
    # is '[' or '{', or 'default' for an object replaced by default(o),
    # which only needs its marker removed once its replacement is done.
    stack = []
    level = 0  # open arrays and objects, for indent
    pending = ''
    value = o

    def enter(value):
        # a container (or an object given to default) being encoded
        if markers is not None:
            marker = id(value)
            if marker in markers:
                raise ValueError('Circular reference detected')
            markers[marker] = value

    def close(frame, bracket):
        # the last item of an open array or object is done
        if frame[4] is not None:
            emit(frame[4])
        emit(bracket)
        if markers is not None:
            del markers[id(frame[2])]
        stack.pop()
    while True:
        # Emit value, or open it as a container.
        if isinstance(value, str):
            emit(pending + encode_str(value))
        elif value is None:
            emit(pending + 'null')
        elif value is True:
            emit(pending + 'true')
        elif value is False:
            emit(pending + 'false')
        elif isinstance(value, int):
            emit(pending + int_repr(value))
        elif isinstance(value, float):
            emit(pending + floatstr(value))
        else:
            if pending:
                emit(pending)
            if len(stack) >= limit:
                raise RecursionError(overflow)
            is_list = isinstance(value, (list, tuple))
            if is_list or isinstance(value, dict):
                if not value:
                    emit('[]' if is_list else '{}')
                else:
                    enter(value)
                    if is_list:
                        items = iter(value)
                    else:
                        emit('{')
                        if sort_keys:
                            items = iter(sorted(value.items()))
                        else:
                            items = iter(value.items())
                    level += 1
                    if indent is not None:
                        newline = '\n' + indent * level
                        if not is_list:
                            emit(newline)
                        separator = item_separator + newline
                        closing = '\n' + indent * (level - 1)
                    else:
                        newline = ''
                        separator = item_separator
                        closing = None
                    stack.append(['[' if is_list else '{', items, value,
                                  separator, closing, newline])
            else:
                enter(value)
                stack.append(['default', None, value, None, None, None])
                pending = ''
                value = default(value)
                continue
        pending = ''
        # Find the next value: the next item of the innermost open
        # container, closing those that are done.  frame[5] is the opening
        # text of an array's first item (its newline), None after it.
        while stack:
            frame = stack[-1]
            kind = frame[0]
            if kind == 'default':
                if markers is not None:
                    del markers[id(frame[2])]
                stack.pop()
                continue
            if kind == '[':
                for value in frame[1]:
                    break
                else:
                    close(frame, ']')
                    level -= 1
                    continue
                if frame[5] is not None:
                    pending = '[' + frame[5]
                    frame[5] = None
                else:
                    pending = frame[3]
                break
            found = False
            for key, value in frame[1]:
                if isinstance(key, str):
                    pass
                elif isinstance(key, float):
                    key = floatstr(key)
                elif key is True:
                    key = 'true'
                elif key is False:
                    key = 'false'
                elif key is None:
                    key = 'null'
                elif isinstance(key, int):
                    key = int_repr(key)
                elif skipkeys:
                    continue
                else:
                    raise TypeError(f'keys must be str, int, float, bool or '
                                    f'None, not {key.__class__.__name__}')
                found = True
                break
            if not found:
                close(frame, '}')
                level -= 1
                continue
            if frame[5] is not None:
                frame[5] = None
            else:
                emit(frame[3])
            emit(encode_str(key))
            emit(key_separator)
            break
        else:
            return
