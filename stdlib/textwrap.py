"""Text wrapping and filling."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_ws(c):
    return c in _whitespace


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return (c.isalpha() or c == '_') and not c.isdigit()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


class TextWrapper:
    """Object for wrapping/filling text."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- private methods

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    @staticmethod
    def _dashes_at(text, q):
        # Length of a run of two or more hyphens at q followed by a word
        # character, else 0.
        n = len(text)
        end = q
        while end < n and text[end] == '-':
            end += 1
        if end - q >= 2 and end < n and _is_word(text[end]):
            return end - q
        return 0

    def _hyphen_break_at(self, text, q):
        # A word may break after the hyphen at q when it is preceded by two
        # letters (or letter-hyphen-letter) and followed by letter, optional
        # hyphen, letter.
        if text[q] != '-':
            return False
        n = len(text)
        before = (q >= 2 and _is_letter(text[q - 2]) and _is_letter(text[q - 1])) or \
            (q >= 3 and _is_letter(text[q - 3]) and text[q - 2] == '-' and _is_letter(text[q - 1]))
        if not before:
            return False
        r = q + 1
        if r >= n or not _is_letter(text[r]):
            return False
        r += 1
        if r < n and text[r] == '-':
            r += 1
        return r < n and _is_letter(text[r])

    def _split(self, text):
        """Split the text to wrap into indivisible chunks."""
        chunks = []
        n = len(text)
        p = 0
        if not self.break_on_hyphens:
            while p < n:
                q = p
                ws = _is_ws(text[p])
                while q < n and _is_ws(text[q]) == ws:
                    q += 1
                chunks.append(text[p:q])
                p = q
            return chunks
        while p < n:
            if _is_ws(text[p]):
                q = p
                while q < n and _is_ws(text[q]):
                    q += 1
                chunks.append(text[p:q])
                p = q
                continue
            if p > 0 and _is_word_punct(text[p - 1]):
                dashes = self._dashes_at(text, p)
                if dashes:
                    chunks.append(text[p:p + dashes])
                    p += dashes
                    continue
            q = p + 1
            while True:
                if q < n and self._hyphen_break_at(text, q):
                    q += 1
                    break
                if q >= n or _is_ws(text[q]):
                    break
                if _is_word_punct(text[q - 1]) and self._dashes_at(text, q):
                    break
                q += 1
            chunks.append(text[p:q])
            p = q
        return chunks

    @staticmethod
    def _ends_sentence(chunk):
        # like the pattern [a-z][.!?]["']?\Z
        if chunk[-1:] in ('"', "'"):
            chunk = chunk[:-1]
        return (len(chunk) >= 2 and chunk[-1] in '.!?' and
                'a' <= chunk[-2] <= 'z')

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and self._ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _break_long_chunk(self, chunks, i, line, used, avail):
        """The chunk at i does not fit on an empty remainder of the line:
        split it (or take it whole on an empty line).  Returns the new i."""
        chunk = chunks[i]
        if self.break_long_words:
            room = 1 if avail < 1 else avail - used
            cut = room
            if self.break_on_hyphens and len(chunk) > room:
                hyphen = chunk.rfind('-', 0, room)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    cut = hyphen + 1
            line.append(chunk[:cut])
            chunks[i] = chunk[cut:]
            return i
        if not line:
            line.append(chunk)
            return i + 1
        return i

    @staticmethod
    def _blank(chunk):
        return chunk.strip() == ''

    def _close_with_placeholder(self, lines, line, used, indent, avail):
        """End the output with the placeholder, on this line if a word fits
        before it, else on the previous line, else on a line of its own."""
        placeholder = self.placeholder
        while line:
            if not self._blank(line[-1]) and used + len(placeholder) <= avail:
                lines.append(indent + ''.join(line) + placeholder)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(placeholder) <= self.width:
                lines[-1] = previous + placeholder
                return
        lines.append(indent + placeholder.lstrip())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        lines = []
        chunks = list(chunks)
        n = len(chunks)
        i = 0
        while i < n:
            indent = self.subsequent_indent if lines else self.initial_indent
            avail = self.width - len(indent)
            # whitespace at the start of a continuation line is dropped
            if self.drop_whitespace and lines and self._blank(chunks[i]):
                i += 1
            line = []
            used = 0
            while i < n and used + len(chunks[i]) <= avail:
                line.append(chunks[i])
                used += len(chunks[i])
                i += 1
            if i < n and len(chunks[i]) > avail:
                i = self._break_long_chunk(chunks, i, line, used, avail)
                used = sum(len(c) for c in line)
            if self.drop_whitespace and line and self._blank(line[-1]):
                used -= len(line.pop())
            if not line:
                continue
            last_line_allowed = self.max_lines is None or len(lines) + 1 < self.max_lines
            nothing_left = i >= n or (self.drop_whitespace and i == n - 1
                                      and self._blank(chunks[i]))
            if last_line_allowed or (nothing_left and used <= avail):
                lines.append(indent + ''.join(line))
            else:
                self._close_with_placeholder(lines, line, used, indent, avail)
                break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    # -- public interface

    def wrap(self, text):
        """Reformat the single paragraph in 'text' so it fits in lines of no
        more than 'self.width' columns, and return a list of wrapped lines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Reformat the single paragraph in 'text' to fit in lines of no more
        than 'self.width' columns, and return a new string containing the
        entire wrapped paragraph."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`."""
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and line.strip(' \t') == '':
            lines[i] = ''
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
