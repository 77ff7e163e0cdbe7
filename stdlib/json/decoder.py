"""json.decoder: JSONDecoder, JSONDecodeError and the scanner that reads JSON.

skein has no `re`, so the scanner walks the document with str.find and
slicing: a string body is copied in one slice between escapes, and only
numbers and whitespace are read a character at a time.  A non-ASCII str
indexes in linear time in skein, so such a document is scanned through an
ASCII stand-in of the same length (see _Scan); positions in errors are
character positions either way, as in CPython.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

_WHITESPACE = ' \t\n\r'
_DIGITS = frozenset('0123456789')
_HEX = frozenset('0123456789abcdefABCDEF')
_SIMPLE_ESCAPES = {
    '"': '"', '\\': '\\', '/': '/', 'b': '\b',
    'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}
# How deeply arrays and objects may nest, as with CPython's C scanner.
_MAX_DEPTH = 1497
_CONSTANTS = {
    '-Infinity': float('-inf'),
    'Infinity': float('inf'),
    'NaN': float('nan'),
}


class JSONDecodeError(ValueError):
    """A ValueError saying where in the document decoding failed.

    msg: the bare message; doc: the document; pos: the character index;
    lineno, colno: the 1-based line and column of pos.
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)'
                            % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class _Scan:
    """One pass over one document for one decoder (hooks come from it)."""

    def __init__(self, decoder, doc):
        self.doc = doc
        self.n = len(doc)
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = decoder.memo
        # Whole-document test first: most documents hold no character that
        # could be a control character, and then no string needs checking.
        self.check_controls = self.strict and not doc.isprintable()
        if doc.isascii():
            self.s = doc
            self.find = doc.find
            self.cut = lambda start, stop: doc[start:stop]
        else:
            # Scan an ASCII stand-in of the same length (each non-ASCII
            # character becomes '?', which, like it, is plain text inside a
            # string and invalid outside one), and copy text that holds a
            # '?' out of a UTF-32 copy, where slicing costs no scan.
            proxy = doc.encode('ascii', 'replace').decode('ascii')
            wide = doc.encode('utf-32-le', 'surrogatepass')

            def cut(start, stop):
                piece = proxy[start:stop]
                if '?' in piece:
                    return wide[4 * start:4 * stop].decode('utf-32-le',
                                                           'surrogatepass')
                return piece
            self.s = proxy
            self.find = proxy.find
            self.cut = cut

    def error(self, msg, pos):
        raise JSONDecodeError(msg, self.doc, pos)

    def skip(self, i):
        s = self.s
        try:
            while s[i] in _WHITESPACE:
                i += 1
        except IndexError:
            pass
        return i

    def value(self, i):
        """(value, end) for the value starting at i.  Where a value is
        missing, at any depth, raises StopIteration(position) as CPython's
        scanner does; decode turns it into 'Expecting value'.

        Containers are parsed with an explicit stack rather than recursion,
        so nesting is bounded like CPython's C scanner (_MAX_DEPTH) instead
        of by the Python recursion limit."""
        s = self.s
        n = self.n
        skip = self.skip
        error = self.error
        stack = []  # [container, key] per open array (key None) or object
        while True:
            # A value starts at i.
            if i < 0 or i >= n:
                raise StopIteration(i)
            c = s[i]
            if c == '"':
                value, i = self.string(i + 1)
            elif c == '[' or c == '{':
                if len(stack) >= _MAX_DEPTH:
                    raise RecursionError(
                        'maximum recursion depth exceeded while decoding a '
                        'JSON %s from a unicode string'
                        % ('array' if c == '[' else 'object'))
                i = skip(i + 1)
                if c == '[':
                    if i < n and s[i] == ']':
                        value = []
                        i += 1
                    else:
                        stack.append([[], None])
                        continue
                elif i < n and s[i] == '}':
                    value = self.finish_object([])
                    i += 1
                else:
                    key, i = self.key(i)
                    stack.append([[], key])
                    continue
            else:
                value, i = self.scalar(i, c)
            # A value ends at i: add it to the open containers, closing
            # those that end here, until one expects another value.
            while True:
                if not stack:
                    return value, i
                frame = stack[-1]
                frame[0].append(value if frame[1] is None
                                else (frame[1], value))
                i = skip(i)
                close = ']' if frame[1] is None else '}'
                if i < n and s[i] == close:
                    i += 1
                    stack.pop()
                    value = (frame[0] if frame[1] is None
                             else self.finish_object(frame[0]))
                    continue
                if i >= n or s[i] != ',':
                    error("Expecting ',' delimiter", i)
                i = skip(i + 1)
                if frame[1] is not None:
                    frame[1], i = self.key(i)
                break

    def key(self, i):
        """(key, index of its value) for the '"key":' at i."""
        s = self.s
        n = self.n
        if i >= n or s[i] != '"':
            self.error('Expecting property name enclosed in double quotes', i)
        key, i = self.string(i + 1)
        key = self.memo.setdefault(key, key)
        i = self.skip(i)
        if i >= n or s[i] != ':':
            self.error("Expecting ':' delimiter", i)
        return key, self.skip(i + 1)

    def finish_object(self, pairs):
        """The object of the (key, value) pairs, through the hooks."""
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def scalar(self, i, c):
        """(value, end) for the literal or number at i, whose first
        character is c, else StopIteration(i)."""
        cut = self.cut
        if c == 'n' and cut(i, i + 4) == 'null':
            return None, i + 4
        if c == 't' and cut(i, i + 4) == 'true':
            return True, i + 4
        if c == 'f' and cut(i, i + 5) == 'false':
            return False, i + 5
        if c == 'N' and cut(i, i + 3) == 'NaN':
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and cut(i, i + 8) == 'Infinity':
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and cut(i, i + 9) == '-Infinity':
            return self.parse_constant('-Infinity'), i + 9
        return self.number(i)

    def number(self, i):
        s = self.s
        n = self.n
        start = i
        if s[i] == '-':
            i += 1
            if i >= n:
                raise StopIteration(start)
        c = s[i]
        if c == '0':
            i += 1
        elif '1' <= c <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise StopIteration(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and (s[i] == 'e' or s[i] == 'E'):
            exponent = i
            i += 1
            if i < n and (s[i] == '-' or s[i] == '+'):
                i += 1
            digits = i
            while i < n and s[i] in _DIGITS:
                i += 1
            if i > digits:
                is_float = True
            else:
                i = exponent
        text = self.cut(start, i)
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def hex4(self, u):
        """The code point of the 4 hex digits after the 'u' at index u."""
        if u + 5 >= self.n:
            self.error('Invalid \\uXXXX escape', u)
        digits = self.cut(u + 1, u + 5)
        for d in digits:
            if d not in _HEX:
                self.error('Invalid \\uXXXX escape', u)
        return int(digits, 16)

    def string(self, start):
        """(text, end) for the string body starting at start (after '"')."""
        s = self.s
        n = self.n
        find = self.find
        cut = self.cut
        chunks = []
        i = start
        quote = -1
        backslash = -1
        while True:
            # A position found earlier stays right until i passes it.
            if quote < i:
                quote = find('"', i)
                if quote < 0:
                    quote = n
            if backslash < i:
                backslash = find('\\', i, quote)
                if backslash < 0:
                    backslash = n
            stop = quote if quote < backslash else backslash
            if stop > i:
                chunk = cut(i, stop)
                if self.check_controls and not chunk.isprintable():
                    for k, ch in enumerate(chunk):
                        if ch < ' ':
                            self.error('Invalid control character at', i + k)
                chunks.append(chunk)
            if stop >= n:
                self.error('Unterminated string starting at', start - 1)
            if stop == quote:
                return ''.join(chunks), quote + 1
            # An escape at stop.
            if stop + 1 >= n:
                self.error('Unterminated string starting at', start - 1)
            c = s[stop + 1]
            if c != 'u':
                escaped = _SIMPLE_ESCAPES.get(c)
                if escaped is None:
                    self.error('Invalid \\escape', stop)
                chunks.append(escaped)
                i = stop + 2
                continue
            u = stop + 1
            code = self.hex4(u)
            i = u + 5
            if (0xd800 <= code <= 0xdbff and i + 1 < n
                    and s[i] == '\\' and s[i + 1] == 'u'):
                low = self.hex4(i + 1)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                    i += 6
            chunks.append(chr(code))


class JSONDecoder(object):
    """Decodes JSON text into Python objects (object -> dict, array -> list,
    string -> str, number -> int or float, true/false/null -> True/False/None;
    NaN, Infinity and -Infinity are accepted too)."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

    def scan_once(self, string, idx):
        """(value, end) for the value at idx; StopIteration(idx) if none."""
        try:
            return _Scan(self, string).value(idx)
        finally:
            self.memo.clear()

    def decode(self, s):
        """The Python value of the JSON document s (a str)."""
        scan = _Scan(self, s)
        start = scan.skip(0)
        try:
            obj, end = scan.value(start)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        finally:
            self.memo.clear()
        end = scan.skip(end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """(value, end) for the JSON document starting at s[idx]."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        return obj, end


def scanstring(string, end, strict=True):
    """(text, index after the closing quote) for the JSON string whose body
    starts at string[end], just after its opening quote."""
    return _Scan(JSONDecoder(strict=strict), string).string(end)
