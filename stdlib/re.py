"""Regular expressions: the `re` module, written as a backtracking matcher.

A pattern is parsed into a small tree of nodes, and each node is compiled to
a closure `m(st, i, k)` in continuation-passing style: it tries to match at
position i of the subject and, for each way it can, calls the continuation
k(st, j); the first continuation that returns a non-None value wins. That
makes alternation, backtracking into groups and lazy quantifiers fall out of
ordinary calls. Repeats of a single-character node are matched by a loop
rather than by recursion, so `.*` over a long line costs no stack.

bytes subjects are matched through their latin-1 decoding (one character per
byte), with the ASCII-only meaning of \\w, \\d, \\s as CPython gives them for
bytes; groups are sliced from the original object.

What is not implemented (conditional groups, \\N{...}, possessive
quantifiers and atomic groups) raises NotImplementedError naming it.
"""

import enum

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall',
           'finditer', 'compile', 'purge', 'escape', 'error', 'Pattern', 'Match',
           'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE',
           'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    TEMPLATE = T = 1
    IGNORECASE = I = 2
    LOCALE = L = 4
    MULTILINE = M = 8
    DOTALL = S = 16
    UNICODE = U = 32
    VERBOSE = X = 64
    DEBUG = 128
    ASCII = A = 256

    def __repr__(self):
        if self._value_ == 0:
            return 're.NOFLAG'
        names, rest = [], self._value_
        for name in ('TEMPLATE', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL',
                     'UNICODE', 'VERBOSE', 'DEBUG', 'ASCII'):
            v = RegexFlag[name]._value_
            if rest & v:
                names.append('re.' + name)
                rest &= ~v
        if rest:
            names.append(hex(rest))
        return '|'.join(names)

    __str__ = object.__str__


NOFLAG = RegexFlag.NOFLAG
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
UNICODE = U = RegexFlag.UNICODE
VERBOSE = X = RegexFlag.VERBOSE
ASCII = A = RegexFlag.ASCII
_MAXREPEAT = 4294967295


class error(Exception):
    """A pattern that is not a valid regular expression."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        super().__init__(msg)


error.__module__ = 're'
PatternError = error

# ---------------------------------------------------------------- parsing

_CATEGORIES = {
    'd': lambda c, asc: ('0' <= c <= '9') if asc else c.isdecimal(),
    'w': lambda c, asc: (c.isascii() and (c.isalnum() or c == '_')) if asc else (c.isalnum() or c == '_'),
    's': lambda c, asc: c in ' \t\n\r\f\v' if asc else c.isspace(),
}
_SIMPLE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                   'v': '\v', '\\': '\\'}
_SPECIAL = '.^$*+?{}[]\\|()'


class _Parser:
    def __init__(self, pattern, flags, is_bytes):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.is_bytes = is_bytes
        self.ngroups = 0
        self.names = {}
        self.open_groups = set()

    def error(self, msg, pos=None):
        pat = self.p.encode('latin-1') if self.is_bytes else self.p
        return error(msg, pat, self.i if pos is None else pos)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else ''

    def skip_verbose(self, flags):
        if not flags & VERBOSE:
            return
        while self.i < len(self.p):
            c = self.p[self.i]
            if c in ' \t\n\r\f\v':
                self.i += 1
            elif c == '#':
                while self.i < len(self.p) and self.p[self.i] != '\n':
                    self.i += 1
            else:
                break

    def parse(self):
        node = self.alternation(self.flags)
        if self.i < len(self.p):
            if self.p[self.i] == ')':
                raise self.error('unbalanced parenthesis')
            raise self.error('unexpected end of pattern')
        return node

    def alternation(self, flags):
        branches = [self.sequence(flags)]
        while self.peek() == '|':
            self.i += 1
            branches.append(self.sequence(flags))
        return branches[0] if len(branches) == 1 else ('alt', branches)

    def sequence(self, flags):
        items = []
        while True:
            self.skip_verbose(flags)
            c = self.peek()
            if c == '' or c in '|)':
                break
            start = self.i
            atom = self.atom(flags)
            if atom is None:
                continue
            if atom == 'flags':
                flags = self.flags
                continue
            items.append(self.quantified(atom, flags, start))
        return ('seq', items)

    def quantified(self, atom, flags, start):
        while True:
            self.skip_verbose(flags)
            c = self.peek()
            qpos = self.i
            if c == '*':
                lo, hi = 0, _MAXREPEAT
                self.i += 1
            elif c == '+':
                lo, hi = 1, _MAXREPEAT
                self.i += 1
            elif c == '?':
                lo, hi = 0, 1
                self.i += 1
            elif c == '{':
                bounds = self.braces()
                if bounds is None:
                    return atom
                lo, hi = bounds
            else:
                return atom
            if atom[0] in ('at', 'empty'):
                raise self.error('nothing to repeat', qpos)
            if atom[0] == 'repeat':
                raise self.error('multiple repeat', qpos)
            greedy = True
            if self.peek() == '?':
                self.i += 1
                greedy = False
            elif self.peek() == '+':
                raise NotImplementedError('re: possessive quantifiers are not supported')
            atom = ('repeat', atom, lo, hi, greedy)

    def braces(self):
        j = self.i + 1
        p = self.p
        k = j
        while k < len(p) and p[k].isdigit():
            k += 1
        lo_text = p[j:k]
        if k < len(p) and p[k] == '}':
            if not lo_text:
                return None
            self.i = k + 1
            n = int(lo_text)
            return n, n
        if k >= len(p) or p[k] != ',':
            return None
        m = k + 1
        while m < len(p) and p[m].isdigit():
            m += 1
        if m >= len(p) or p[m] != '}':
            return None
        hi_text = p[k + 1:m]
        lo = int(lo_text) if lo_text else 0
        hi = int(hi_text) if hi_text else _MAXREPEAT
        if hi < lo:
            raise self.error('min repeat greater than max repeat', j)
        self.i = m + 1
        return lo, hi

    def atom(self, flags):
        p = self.p
        c = p[self.i]
        if c == '(':
            return self.group(flags)
        self.i += 1
        if c == '.':
            return ('any', bool(flags & DOTALL))
        if c == '^':
            return ('at', 'bol' if flags & MULTILINE else 'start')
        if c == '$':
            return ('at', 'eol' if flags & MULTILINE else 'end')
        if c == '[':
            return self.char_class(flags)
        if c == '\\':
            return self.escape(flags, in_class=False)
        if c in '*+?':
            raise self.error('nothing to repeat', self.i - 1)
        if c == '{' and self.braces_at(self.i - 1):
            raise self.error('nothing to repeat', self.i - 1)
        return self.literal(c, flags)

    def braces_at(self, pos):
        saved = self.i
        self.i = pos
        try:
            return self.braces() is not None
        finally:
            self.i = saved

    def literal(self, c, flags):
        if flags & IGNORECASE:
            return ('set', _ci_test(c), False)
        return ('lit', c)

    def group(self, flags):
        p = self.p
        start = self.i
        self.i += 1
        capture = True
        name = None
        inner_flags = flags
        if self.peek() == '?':
            self.i += 1
            c = self.peek()
            if c == ':':
                self.i += 1
                capture = False
            elif c == 'P':
                self.i += 1
                c2 = self.peek()
                if c2 == '<':
                    self.i += 1
                    end = p.find('>', self.i)
                    if end < 0:
                        raise self.error('missing >, unterminated name')
                    name = p[self.i:end]
                    if not name:
                        raise self.error('missing group name')
                    if not name.isidentifier():
                        raise self.error('bad character in group name %r' % name)
                    if name in self.names:
                        raise self.error('redefinition of group name %r as group %d; was group %d'
                                         % (name, self.ngroups + 1, self.names[name]))
                    self.i = end + 1
                elif c2 == '=':
                    self.i += 1
                    end = p.find(')', self.i)
                    if end < 0:
                        raise self.error('missing ), unterminated name')
                    ref = p[self.i:end]
                    if ref not in self.names:
                        raise self.error('unknown group name %r' % ref)
                    self.i = end + 1
                    return ('backref', self.names[ref], bool(flags & IGNORECASE))
                else:
                    raise self.error('unknown extension ?P' + c2, self.i - 1)
            elif c in '=!':
                self.i += 1
                node = self.alternation(flags)
                self.close(start)
                return ('look', node, c == '=', False)
            elif c == '<' and self.i + 1 < len(p) and p[self.i + 1] in '=!':
                positive = p[self.i + 1] == '='
                self.i += 2
                node = self.alternation(flags)
                self.close(start)
                width = _fixed_width(node)
                if width is None:
                    raise error('look-behind requires fixed-width pattern')
                return ('look', node, positive, width)
            elif c == '<':
                self.i += 1
                end = p.find('>', self.i)
                if end < 0:
                    raise self.error('missing >, unterminated name')
                name = p[self.i:end]
                if not name or not name.isidentifier():
                    raise self.error('bad character in group name %r' % name)
                self.i = end + 1
            elif c == '#':
                end = p.find(')', self.i)
                if end < 0:
                    raise self.error('missing ), unterminated comment', start)
                self.i = end + 1
                return None
            elif c == '(':
                raise NotImplementedError('re: conditional groups (?(id)yes|no) are not supported')
            elif c == '>':
                raise NotImplementedError('re: atomic groups (?>...) are not supported')
            elif c and (c in 'aiLmsux-'):
                add, remove = self.flag_letters()
                if self.peek() == ')':
                    if start != 0:
                        raise self.error('global flags not at the start of the expression', start)
                    self.i += 1
                    self.flags |= add
                    return 'flags'
                if self.peek() != ':':
                    raise self.error('missing :')
                self.i += 1
                capture = False
                inner_flags = RegexFlag((flags | add) & ~remove)
            else:
                raise self.error('unknown extension ?' + c, self.i - 1)
        index = None
        if capture:
            self.ngroups += 1
            index = self.ngroups
            if name is not None:
                self.names[name] = index
            self.open_groups.add(index)
        node = self.alternation(inner_flags)
        self.close(start)
        if capture:
            self.open_groups.discard(index)
            return ('group', index, node)
        return node

    def flag_letters(self):
        letters = {'a': ASCII, 'i': IGNORECASE, 'L': LOCALE, 'm': MULTILINE,
                   's': DOTALL, 'u': UNICODE, 'x': VERBOSE}
        add = remove = 0
        target = 'add'
        while self.peek() and self.peek() in 'aiLmsux-':
            c = self.peek()
            self.i += 1
            if c == '-':
                target = 'remove'
                continue
            if target == 'add':
                add |= letters[c]
            else:
                remove |= letters[c]
        if add & LOCALE and not self.is_bytes:
            raise self.error('bad inline flags: cannot use \'L\' flag with a str pattern')
        return add, remove

    def close(self, start):
        if self.peek() != ')':
            raise self.error('missing ), unterminated subpattern', start)
        self.i += 1

    def escape(self, flags, in_class):
        p = self.p
        if self.i >= len(p):
            raise self.error('bad escape (end of pattern)', self.i - 1)
        start = self.i - 1
        c = p[self.i]
        self.i += 1
        asc = bool(flags & ASCII) or self.is_bytes
        if c in 'dwsDWS':
            test = _CATEGORIES[c.lower()]
            if c.islower():
                return ('set', lambda ch, t=test, a=asc: t(ch, a), False)
            return ('set', lambda ch, t=test, a=asc: not t(ch, a), False)
        if in_class:
            lit = lambda ch: ('lit', ch)
        else:
            lit = lambda ch: self.literal(ch, flags)
        if c in _SIMPLE_ESCAPES and not (c == 'b' and not in_class):
            return lit(_SIMPLE_ESCAPES[c])
        if not in_class:
            if c == 'A':
                return ('at', 'start')
            if c == 'Z':
                return ('at', 'end_abs')
            if c == 'b':
                return ('at', 'boundary', asc)
            if c == 'B':
                return ('at', 'nonboundary', asc)
        if c == 'x':
            return lit(chr(self.hex_digits(2, start)))
        if c in 'uU' and not self.is_bytes:
            return lit(chr(self.hex_digits(4 if c == 'u' else 8, start)))
        if c == 'N' and not self.is_bytes:
            raise NotImplementedError(r're: \N{...} named character escapes are not supported')
        if c == '0':
            digits = c
            while len(digits) < 3 and self.peek() and self.peek() in '01234567':
                digits += self.peek()
                self.i += 1
            return lit(chr(int(digits, 8)))
        if c.isdigit():
            digits = c
            if (not in_class and self.peek().isdigit()) or in_class:
                # three octal digits make a character
                if (c in '01234567' and self.i + 1 < len(p) and p[self.i] in '01234567'
                        and p[self.i + 1] in '01234567'):
                    value = int(p[self.i - 1:self.i + 2], 8)
                    self.i += 2
                    if value > 0o377:
                        raise self.error('octal escape value \\%s outside of range 0-0o377'
                                         % p[start + 1:self.i], start)
                    return lit(chr(value))
            if in_class:
                raise self.error('bad escape \\' + c, start)
            while self.peek().isdigit() and len(digits) < 2:
                digits += self.peek()
                self.i += 1
            n = int(digits)
            if n > self.ngroups:
                raise self.error('invalid group reference %d' % n, start + 1)
            if n in self.open_groups:
                raise self.error('cannot refer to an open group', start)
            return ('backref', n, bool(flags & IGNORECASE))
        if c.isascii() and c.isalpha():
            raise self.error('bad escape \\' + c, start)
        return lit(c)

    def hex_digits(self, n, start):
        text = self.p[self.i:self.i + n]
        if len(text) < n or any(ch not in '0123456789abcdefABCDEF' for ch in text):
            raise self.error('incomplete escape \\%s%s' % (self.p[start + 1], text), start)
        self.i += n
        value = int(text, 16)
        if value > 0x10FFFF:
            raise self.error('bad escape \\%s%s' % (self.p[start + 1], text), start)
        return value

    def char_class(self, flags):
        p = self.p
        start = self.i - 1
        negate = False
        if self.peek() == '^':
            negate = True
            self.i += 1
        tests = []
        chars = set()
        first = True
        while True:
            if self.i >= len(p):
                raise self.error('unterminated character set', start)
            c = p[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            item_start = self.i
            lo = self.class_item(flags, tests)
            if lo is None:
                continue
            if self.peek() == '-' and self.i + 1 < len(p) and p[self.i + 1] != ']':
                self.i += 1
                hi = self.class_item(flags, tests)
                if hi is None:
                    raise self.error('bad character range %s' % p[item_start:self.i], item_start)
                if ord(hi) < ord(lo):
                    raise self.error('bad character range %s' % p[item_start:self.i], item_start)
                tests.append(_range_test(lo, hi, bool(flags & IGNORECASE)))
            else:
                chars.add(lo)
        if flags & IGNORECASE:
            chars = {x for ch in chars for x in (ch, ch.lower(), ch.upper(), ch.swapcase())}
        frozen = frozenset(chars)
        if not tests:
            test = frozen.__contains__
        else:
            def test(ch, frozen=frozen, tests=tuple(tests)):
                if ch in frozen:
                    return True
                for t in tests:
                    if t(ch):
                        return True
                return False
        return ('set', test, negate)

    def class_item(self, flags, tests):
        """One character of a class, or None after adding a category test."""
        c = self.p[self.i]
        self.i += 1
        if c != '\\':
            return c
        node = self.escape(flags, in_class=True)
        if node[0] == 'lit':
            return node[1]
        # a category escape such as \d inside a class
        tests.append(node[1])
        return None


def _ci_test(c):
    variants = frozenset((c, c.lower(), c.upper(), c.swapcase()))
    return variants.__contains__


def _range_test(lo, hi, ignore_case):
    a, b = ord(lo), ord(hi)
    if not ignore_case:
        return lambda ch: a <= ord(ch) <= b
    return lambda ch: (a <= ord(ch) <= b or a <= ord(ch.lower()) <= b
                       or a <= ord(ch.upper()) <= b)


def _fixed_width(node):
    kind = node[0]
    if kind in ('lit', 'set', 'any'):
        return 1
    if kind in ('at', 'look'):
        return 0
    if kind == 'seq':
        total = 0
        for item in node[1]:
            w = _fixed_width(item)
            if w is None:
                return None
            total += w
        return total
    if kind == 'alt':
        widths = {_fixed_width(b) for b in node[1]}
        return widths.pop() if len(widths) == 1 else None
    if kind == 'group':
        return _fixed_width(node[2])
    if kind == 'repeat' and node[2] == node[3]:
        w = _fixed_width(node[1])
        return None if w is None else w * node[2]
    return None


# ---------------------------------------------------------------- matching

class _State:
    __slots__ = ('s', 'end', 'marks', 'lastindex', 'start')

    def __init__(self, s, end, ngroups):
        self.s = s
        self.end = end
        self.marks = [None] * (ngroups + 1)
        self.lastindex = None


def _is_word(ch, asc):
    return (ch.isascii() and (ch.isalnum() or ch == '_')) if asc else (ch.isalnum() or ch == '_')


def _single_test(node):
    """A test on one character for nodes that always match exactly one."""
    kind = node[0]
    if kind == 'lit':
        c = node[1]
        return lambda ch: ch == c
    if kind == 'set':
        test, negate = node[1], node[2]
        if negate:
            return lambda ch: not test(ch)
        return test
    if kind == 'any':
        if node[1]:
            return lambda ch: True
        return lambda ch: ch != '\n'
    return None


def _compile(node):
    kind = node[0]
    single = _single_test(node)
    if single is not None:
        def one(st, i, k):
            if i < st.end and single(st.s[i]):
                return k(st, i + 1)
            return None
        return one
    if kind == 'seq':
        items = [_compile(n) for n in node[1]]
        if not items:
            return lambda st, i, k: k(st, i)
        if len(items) == 1:
            return items[0]

        def chain(ms):
            if len(ms) == 1:
                return ms[0]
            head, rest = ms[0], chain(ms[1:])
            return lambda st, i, k: head(st, i, lambda st2, j: rest(st2, j, k))
        return chain(items)
    if kind == 'alt':
        branches = [_compile(n) for n in node[1]]

        def alt(st, i, k):
            for b in branches:
                r = b(st, i, k)
                if r is not None:
                    return r
            return None
        return alt
    if kind == 'group':
        index, inner = node[1], _compile(node[2])

        def group(st, i, k):
            def close(st2, j):
                old, old_last = st2.marks[index], st2.lastindex
                st2.marks[index] = (i, j)
                st2.lastindex = index
                r = k(st2, j)
                if r is None:
                    st2.marks[index], st2.lastindex = old, old_last
                return r
            return inner(st, i, close)
        return group
    if kind == 'repeat':
        return _compile_repeat(node)
    if kind == 'at':
        return _compile_at(node)
    if kind == 'backref':
        index, ignore_case = node[1], node[2]

        def backref(st, i, k):
            mark = st.marks[index]
            if mark is None:
                return None
            text = st.s[mark[0]:mark[1]]
            j = i + len(text)
            if j > st.end:
                return None
            got = st.s[i:j]
            if got == text or (ignore_case and got.lower() == text.lower()):
                return k(st, j)
            return None
        return backref
    if kind == 'look':
        inner, positive, behind = _compile(node[1]), node[2], node[3]
        accept = lambda st, j: j

        def look(st, i, k):
            if behind is False:
                saved = list(st.marks)
                found = inner(st, i, accept) is not None
            else:
                start = i - behind
                saved = list(st.marks)
                found = start >= 0 and inner(st, start, lambda st2, j: j if j == i else None) is not None
            if found != positive:
                st.marks[:] = saved
                return None
            if not positive:
                return k(st, i)
            r = k(st, i)
            if r is None:
                st.marks[:] = saved
            return r
        return look
    raise AssertionError('unknown regex node %r' % (kind,))


def _compile_at(node):
    where = node[1]
    if where == 'start':
        return lambda st, i, k: k(st, i) if i == 0 else None
    if where == 'bol':
        return lambda st, i, k: k(st, i) if i == 0 or st.s[i - 1] == '\n' else None
    if where == 'end':
        def end(st, i, k):
            n = len(st.s)
            if i == n or (i == n - 1 and st.s[i] == '\n'):
                return k(st, i)
            return None
        return end
    if where == 'end_abs':
        return lambda st, i, k: k(st, i) if i == len(st.s) else None
    if where == 'eol':
        return lambda st, i, k: k(st, i) if i == len(st.s) or st.s[i] == '\n' else None
    asc = node[2]
    want = where == 'boundary'

    def boundary(st, i, k):
        before = i > 0 and _is_word(st.s[i - 1], asc)
        after = i < len(st.s) and _is_word(st.s[i], asc)
        if (before != after) == want:
            return k(st, i)
        return None
    return boundary


def _compile_repeat(node):
    _, inner_node, lo, hi, greedy = node
    single = _single_test(inner_node)
    if single is not None:
        if greedy:
            def greedy_one(st, i, k):
                s, limit = st.s, min(st.end, i + hi) if hi != _MAXREPEAT else st.end
                j = i
                while j < limit and single(s[j]):
                    j += 1
                floor = i + lo
                while j >= floor:
                    r = k(st, j)
                    if r is not None:
                        return r
                    j -= 1
                return None
            return greedy_one

        def lazy_one(st, i, k):
            s, end = st.s, st.end
            j = i
            for _ in range(lo):
                if j < end and single(s[j]):
                    j += 1
                else:
                    return None
            count = lo
            while True:
                r = k(st, j)
                if r is not None:
                    return r
                if count >= hi or j >= end or not single(s[j]):
                    return None
                j += 1
                count += 1
        return lazy_one
    inner = _compile(inner_node)

    def rep(st, i, k, count=0):
        def more(st2, j):
            if j == i and count >= lo:
                return None     # an empty iteration would repeat forever
            return rep(st2, j, k, count + 1)
        if greedy:
            if count < hi:
                r = inner(st, i, more)
                if r is not None:
                    return r
            return k(st, i) if count >= lo else None
        if count >= lo:
            r = k(st, i)
            if r is not None:
                return r
        if count < hi:
            return inner(st, i, more)
        return None
    return rep


# ---------------------------------------------------------------- objects

_cache = {}


def _compile_pattern(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    key = (type(pattern), pattern, flags)
    found = _cache.get(key)
    if found is not None:
        return found
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if isinstance(pattern, str):
        is_bytes = False
        text = pattern
        if flags & LOCALE:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if flags & ASCII and flags & UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    elif isinstance(pattern, (bytes, bytearray)):
        is_bytes = True
        text = bytes(pattern).decode('latin-1')
        if flags & UNICODE:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
    else:
        raise TypeError('first argument must be string or compiled pattern')
    parser = _Parser(text, RegexFlag(flags), is_bytes)
    tree = parser.parse()
    final_flags = parser.flags._value_ if isinstance(parser.flags, RegexFlag) else parser.flags
    if not is_bytes and not final_flags & ASCII:
        final_flags |= UNICODE._value_
    compiled = Pattern(pattern, final_flags, parser.ngroups, parser.names, _compile(tree), is_bytes)
    if len(_cache) > 512:
        _cache.clear()
    _cache[key] = compiled
    return compiled


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags, groups, names, matcher, is_bytes):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self.groupindex = dict(names)
        self._matcher = matcher
        self._bytes = is_bytes

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags
        if not self._bytes:
            flags &= ~UNICODE._value_
        if flags:
            return 're.compile(%s, %r)' % (text, RegexFlag(flags))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _subject(self, string):
        if self._bytes:
            if isinstance(string, str):
                raise TypeError('cannot use a bytes pattern on a string-like object')
            if not isinstance(string, (bytes, bytearray, memoryview)):
                raise TypeError("expected string or bytes-like object, got '%s'"
                                % type(string).__name__)
            return bytes(string).decode('latin-1')
        if not isinstance(string, str):
            if isinstance(string, (bytes, bytearray, memoryview)):
                raise TypeError('cannot use a string pattern on a bytes-like object')
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)
        return string

    def _at(self, s, string, i, pos, endpos, mode, must_advance=False):
        st = _State(s, endpos, self.groups)
        if mode == 'full':
            k = lambda st2, j: j if j == endpos else None
        elif must_advance:
            k = lambda st2, j: j if j != i else None
        else:
            k = lambda st2, j: j
        j = self._matcher(st, i, k)
        if j is None:
            return None
        st.marks[0] = (i, j)
        return Match(self, string, s, st, pos, endpos)

    def _bounds(self, s, pos, endpos):
        n = len(s)
        if pos < 0:
            pos = 0
        if endpos is None or endpos > n:
            endpos = n
        if endpos < pos:
            endpos = pos
        return min(pos, n), endpos

    def match(self, string, pos=0, endpos=None):
        s = self._subject(string)
        pos, endpos = self._bounds(s, pos, endpos)
        return self._at(s[:endpos] if endpos < len(s) else s, string, pos, pos, endpos, 'match')

    def fullmatch(self, string, pos=0, endpos=None):
        s = self._subject(string)
        pos, endpos = self._bounds(s, pos, endpos)
        return self._at(s[:endpos] if endpos < len(s) else s, string, pos, pos, endpos, 'full')

    def _search(self, s, string, pos, endpos, must_advance=False):
        view = s[:endpos] if endpos < len(s) else s
        i = pos
        while i <= endpos:
            m = self._at(view, string, i, pos, endpos, 'match', must_advance and i == pos)
            if m is not None:
                return m
            i += 1
        return None

    def search(self, string, pos=0, endpos=None):
        s = self._subject(string)
        pos, endpos = self._bounds(s, pos, endpos)
        return self._search(s, string, pos, endpos)

    def _iter(self, string, pos=0, endpos=None):
        s = self._subject(string)
        pos, endpos = self._bounds(s, pos, endpos)
        i, must_advance = pos, False
        while i <= endpos:
            m = self._search(s, string, i, endpos, must_advance)
            if m is None:
                return
            yield m
            start, end = m.span()
            must_advance = start == end
            i = end

    def finditer(self, string, pos=0, endpos=None):
        return self._iter(string, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self._iter(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group(0))
            elif self.groups == 1:
                out.append(m.group(1) if m.group(1) is not None else m._empty())
            else:
                out.append(tuple(g if g is not None else m._empty() for g in m.groups()))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self._iter(string):
            if maxsplit and n >= maxsplit:
                break
            start, end = m.span()
            out.append(string[last:start])
            out.extend(m.groups())
            last = end
            n += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            func = repl
        else:
            template = _parse_template(repl, self)
            if len(template) == 1 and isinstance(template[0], (str, bytes)):
                literal = template[0]
                func = lambda m: literal
            else:
                func = lambda m: m._expand(template)
        pieces = []
        last = 0
        n = 0
        for m in self._iter(string):
            if count and n >= count:
                break
            start, end = m.span()
            pieces.append(string[last:start])
            r = func(m)
            if r is None:
                r = m._empty()
            if self._bytes and not isinstance(r, (bytes, bytearray)):
                raise TypeError("expected a bytes-like object, %s found" % type(r).__name__)
            if not self._bytes and not isinstance(r, str):
                raise TypeError('expected str instance, %s found' % type(r).__name__)
            pieces.append(r)
            last = end
            n += 1
        pieces.append(string[last:])
        joiner = b'' if self._bytes else ''
        return joiner.join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Pattern.__module__ = 're'


def _parse_template(repl, pattern):
    """A replacement template as a list of literal pieces and group numbers."""
    is_bytes = isinstance(repl, (bytes, bytearray))
    if is_bytes != pattern._bytes:
        if is_bytes:
            raise TypeError('expected str instance, %s found' % type(repl).__name__)
        raise TypeError("expected a bytes-like object, %s found" % type(repl).__name__)
    text = bytes(repl).decode('latin-1') if is_bytes else repl
    parts, buf, i = [], [], 0

    def fail(msg, pos):
        return error(msg, repl, pos)
    while i < len(text):
        c = text[i]
        if c != '\\':
            buf.append(c)
            i += 1
            continue
        if i + 1 >= len(text):
            raise fail('bad escape (end of pattern)', i)
        d = text[i + 1]
        if d == 'g':
            if i + 2 >= len(text) or text[i + 2] != '<':
                raise fail('missing <', i + 2)
            end = text.find('>', i + 3)
            if end < 0:
                raise fail('missing >, unterminated name', i + 3)
            name = text[i + 3:end]
            if not name:
                raise fail('missing group name', i + 3)
            if name.isdigit() and name.isascii():
                index = int(name)
                if index > pattern.groups:
                    raise fail('invalid group reference %d' % index, i + 3)
            elif name in pattern.groupindex:
                index = pattern.groupindex[name]
            elif name.isidentifier():
                raise IndexError('unknown group name %r' % name)
            else:
                raise fail('bad character in group name %r' % name, i + 3)
            parts.append(''.join(buf))
            buf = []
            parts.append(index)
            i = end + 1
        elif d.isdigit():
            j = i + 1
            if d == '0' or (j + 2 < len(text) + 0 and text[j:j + 3].isdigit()
                            and all(ch in '01234567' for ch in text[j:j + 3])):
                # an octal escape
                k = j
                while k < len(text) and k < j + 3 and text[k] in '01234567':
                    k += 1
                buf.append(chr(int(text[j:k], 8)))
                i = k
                continue
            k = j
            while k < len(text) and k < j + 2 and text[k].isdigit():
                k += 1
            index = int(text[j:k])
            if index > pattern.groups:
                raise fail('invalid group reference %d' % index, j)
            parts.append(''.join(buf))
            buf = []
            parts.append(index)
            i = k
        elif d in _SIMPLE_ESCAPES:
            buf.append(_SIMPLE_ESCAPES[d])
            i += 2
        elif d.isascii() and d.isalpha():
            raise fail('bad escape \\' + d, i)
        else:
            buf.append('\\' + d)
            i += 2
    parts.append(''.join(buf))
    out = []
    for p in parts:
        if isinstance(p, str):
            if p:
                out.append(p.encode('latin-1') if is_bytes else p)
        else:
            out.append(p)
    if not out:
        out.append(b'' if is_bytes else '')
    return out


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, s, st, pos, endpos):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._marks = list(st.marks)
        self.lastindex = st.lastindex

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, index in self.re.groupindex.items():
            if index == self.lastindex:
                return name
        return None

    def _empty(self):
        return b'' if self.re._bytes else ''

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or hasattr(g, '__index__') and not isinstance(g, str):
            try:
                n = g.__index__()
            except Exception:
                raise IndexError('no such group')
            if 0 <= n <= self.re.groups:
                return n
            raise IndexError('no such group')
        if isinstance(g, str) and g in self.re.groupindex:
            return self.re.groupindex[g]
        raise IndexError('no such group')

    def _get(self, n, default=None):
        mark = self._marks[n]
        if mark is None:
            return default
        return self.string[mark[0]:mark[1]]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(n, default) for n in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        mark = self._marks[self._index(group)]
        return -1 if mark is None else mark[0]

    def end(self, group=0):
        mark = self._marks[self._index(group)]
        return -1 if mark is None else mark[1]

    def span(self, group=0):
        mark = self._marks[self._index(group)]
        return (-1, -1) if mark is None else mark

    @property
    def regs(self):
        return tuple(m if m is not None else (-1, -1) for m in self._marks)

    def _expand(self, template):
        pieces = []
        for p in template:
            if isinstance(p, int):
                value = self._get(p)
                pieces.append(value if value is not None else self._empty())
            else:
                pieces.append(p)
        return (b'' if self.re._bytes else '').join(pieces)

    def expand(self, template):
        return self._expand(_parse_template(template, self.re))

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


Match.__module__ = 're'


def compile(pattern, flags=0):
    return _compile_pattern(pattern, flags)


def match(pattern, string, flags=0):
    return _compile_pattern(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile_pattern(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile_pattern(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile_pattern(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile_pattern(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile_pattern(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile_pattern(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile_pattern(pattern, flags).finditer(string)


def purge():
    _cache.clear()


_ESCAPE_KEEP = frozenset('_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
_ESCAPE_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _ESCAPE_SPECIAL else c for c in pattern)
    text = bytes(pattern).decode('latin-1')
    return ''.join('\\' + c if c in _ESCAPE_SPECIAL else c for c in text).encode('latin-1')
