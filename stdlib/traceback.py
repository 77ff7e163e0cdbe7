"""Tracebacks and stacks as text: extracting their entries, formatting
and printing them, and formatting exceptions with their chains and groups."""

import sys
import linecache
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

# The output of this module is CPython 3.12's, byte for byte, including the
# places where it differs from what the interpreter prints for an uncaught
# exception (which vm/traceback.c reproduces): here every line inside an
# exception group gets its "| " margin, and "Did you mean" hints are offered
# for subclasses of NameError, AttributeError and ImportError too.


#
# Formatting and printing lists of traceback lines.
#

def print_list(extracted_list, file=None):
    """Print the entries of a list from extract_tb() or extract_stack() (or
    of (filename, lineno, name, line) tuples) to file, sys.stderr by default."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """The entries of a list from extract_tb() or extract_stack() (or of
    (filename, lineno, name, line) tuples) as printable strings, one per
    entry, each ending in a newline (a string holds the source line too)."""
    return StackSummary.from_list(extracted_list).format()


#
# Printing and extracting tracebacks.
#

def print_tb(tb, limit=None, file=None):
    """Print the entries of traceback tb (at most limit of them when limit
    is given) to file, sys.stderr by default."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """format_list(extract_tb(tb, limit))."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """The entries of traceback tb (at most limit of them) as a StackSummary
    of FrameSummary objects: filename, lineno, name and the stripped source
    line (None when the source is not available), plus the position."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


#
# Exception formatting and output.
#

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")

_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


class _Sentinel:
    def __repr__(self):
        return "<implicit>"

_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    # print_exception(exc) takes everything from the exception;
    # print_exception(type, value, tb) is the older form.
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is not _sentinel:
        return value, tb
    if exc is None:
        return None, None
    if isinstance(exc, BaseException):
        return exc, exc.__traceback__
    raise TypeError(f'Exception expected for value, '
                    f'{type(exc).__name__} found')


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception the way the interpreter would: its traceback
    (at most limit entries) under a "Traceback (most recent call last):"
    header, then its type and message, its notes, its chain when chain is
    true, and a SyntaxError's source line with a caret under it.

    Called with one argument, the exception; the older form passes
    (type, value, tb) and uses value and tb."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """What print_exception() prints, as a list of strings that each end in
    a newline (some hold several lines)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The last part of what print_exception() prints, without the
    traceback: the type and message (with a SyntaxError's location before
    them) and then the notes, as a list of strings ending in newlines."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """print_exception(sys.exception(), limit=limit, file=file, chain=chain)."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """What print_exc() prints, as one string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """print_exception() of the last uncaught exception (sys.last_exc)."""
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit, file, chain)
    else:
        print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                        limit, file, chain)


#
# Printing and extracting stacks.
#

def print_stack(f=None, limit=None, file=None):
    """Print the stack of frames leading to frame f (the caller's by
    default), oldest first; limit and file as for print_exception()."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """format_list(extract_stack(f, limit))."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """The stack of frames leading to frame f (the caller's by default) as
    a StackSummary, oldest first, like extract_tb() gives a traceback."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    "Clear all references to local variables in the frames of a traceback."
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            # the frame is still running
            pass
        tb = tb.tb_next


class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name, the
    source line (line, read through linecache when first wanted), the
    position (end_lineno, colno, end_colno) and, when captured, locals
    (their reprs by name). Also behaves as the tuple
    (filename, lineno, name, line)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        """lookup_line: read the source line now rather than when first
        wanted; locals: a mapping whose values are kept as their reprs;
        line: the source line, when the caller has it."""
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        if locals:
            self.locals = {k: _safe_string(v, 'local', func=repr)
                           for k, v in locals.items()}
        else:
            self.locals = None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # the line as the source has it, whitespace and newline included
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yield (frame, lineno) for f and each frame that called it, following
    f_back. Without f, start from the frame that called the caller."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of traceback tb, following
    tb_next (the opposite order of walk_stack)."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    # walk_tb with the whole position of each entry: (lineno, end_lineno,
    # colno, end_colno), falling back on tb_lineno for the line
    while tb is not None:
        positions = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno,) + positions[1:]
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


_CodeType = type(walk_tb.__code__)


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    if type(code) is _CodeType:
        return _traceback.code_position(code, instruction_index)
    # anything else with co_positions(): its entry number lasti // 2
    wanted = instruction_index // 2
    for i, position in enumerate(code.co_positions()):
        if i == wanted:
            return position
    raise StopIteration


_RECURSIVE_CUTOFF = 3  # as in the interpreter's own printer


def _take(frame_gen, limit):
    # the first `limit` items, or the last -limit when it is negative
    if limit >= 0:
        taken = []
        if limit:
            for item in frame_gen:
                taken.append(item)
                if len(taken) == limit:
                    break
        return taken
    taken = list(frame_gen)
    return taken[len(taken) + limit:] if -limit < len(taken) else taken


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """A StackSummary of the (frame, lineno) pairs frame_gen yields: at
        most limit of them (the last -limit when negative), with their
        source lines read now if lookup_lines, and the reprs of their
        locals if capture_locals."""
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)

        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        # extract() for a generator of (frame, (lineno, end_lineno, colno,
        # end_colno)); all but lineno may be None
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            frame_gen = _take(frame_gen, limit)

        result = klass()
        fnames = set()
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            co = f.f_code
            filename = co.co_filename
            name = co.co_name
            fnames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            # lines are looked up once checkcache has run
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(
                filename, lineno, name, lookup_line=False, locals=f_locals,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary of FrameSummary objects and (filename, lineno,
        name, line) tuples."""
        # each item is checked: callers mix FrameSummary objects and tuples
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """One entry's text: its File line, its source line and the markers
        under it, and its locals. Called for each entry by format()."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped_line = frame_summary.line.strip()
            row.append('    {}\n'.format(stripped_line))
            markers = _marker_line(frame_summary, stripped_line)
            if markers is not None:
                row.append(markers)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """The entries as strings ready to print, one per entry; a run of more
        than three identical entries (recursion) is cut to three and a line
        saying how many more there were."""
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated_line(count))
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated_line(count))
        return result


def _repeated_line(count):
    count -= _RECURSIVE_CUTOFF
    return (f'  [Previous line repeated {count} more '
            f'time{"s" if count > 1 else ""}]\n')


def _marker_line(frame_summary, stripped_line):
    # The ^^^ (or ~~~^^^~~~) line under a frame's source, or None when the
    # marked part is the whole line.
    colno, end_colno = frame_summary.colno, frame_summary.end_colno
    if colno is None or end_colno is None:
        return None
    line = frame_summary._original_line
    # what strip() took away, newline included: markers are placed
    # relative to it (trailing blanks in the source shift them, in CPython
    # too)
    stripped_characters = len(line) - len(frame_summary.line.lstrip())
    start_offset = _byte_offset_to_character_offset(line, colno)
    end_offset = _byte_offset_to_character_offset(line, end_colno)
    code_segment = line[start_offset:end_offset]

    anchors = None
    if frame_summary.lineno == frame_summary.end_lineno:
        try:
            anchors = _extract_caret_anchors_from_line_segment(code_segment)
        except Exception:
            pass
    else:
        # a multi-line position is marked to the end of its first line
        end_offset = len(line.rstrip())

    if not (end_offset - start_offset < len(stripped_line) or
            (anchors and anchors.right_start_offset - anchors.left_end_offset > 0)):
        return None
    # wide characters take two columns on a terminal
    dp_start_offset = _display_width(line, start_offset) + 1
    dp_end_offset = _display_width(line, end_offset) + 1
    row = ['    ', ' ' * (dp_start_offset - stripped_characters)]
    if anchors:
        dp_left_end_offset = _display_width(code_segment, anchors.left_end_offset)
        dp_right_start_offset = _display_width(code_segment, anchors.right_start_offset)
        row.append(anchors.primary_char * dp_left_end_offset)
        row.append(anchors.secondary_char * (dp_right_start_offset - dp_left_end_offset))
        row.append(anchors.primary_char * (dp_end_offset - dp_start_offset - dp_right_start_offset))
    else:
        row.append('^' * (dp_end_offset - dp_start_offset))
    row.append('\n')
    return ''.join(row)


def _byte_offset_to_character_offset(str, offset):
    as_utf8 = str.encode('utf-8')
    return len(as_utf8[:offset].decode("utf-8", errors="replace"))


class _Anchors:
    # where the ^ part of a ~~~^^^~~~ marker starts and ends in a segment
    __slots__ = ('left_end_offset', 'right_start_offset', 'primary_char',
                 'secondary_char')

    def __init__(self, left_end_offset, right_start_offset,
                 primary_char="~", secondary_char="^"):
        self.left_end_offset = left_end_offset
        self.right_start_offset = right_start_offset
        self.primary_char = primary_char
        self.secondary_char = secondary_char


def _extract_caret_anchors_from_line_segment(segment):
    # Only a segment that is, by itself, one binary operation or one
    # subscript gets anchors: the operator, or the brackets.
    tree = _traceback.segment_tree(segment)
    if tree is None:
        return None
    kind, left_end, right_start = tree

    def normalize(offset):
        return _byte_offset_to_character_offset(segment, offset)

    if kind == "binop":
        operator_start = normalize(left_end)
        operator_end = normalize(right_start)
        operator_str = segment[operator_start:operator_end]
        operator_offset = len(operator_str) - len(operator_str.lstrip())
        left_anchor = left_end + operator_offset
        right_anchor = left_anchor + 1
        if (operator_offset + 1 < len(operator_str)
                and not operator_str[operator_offset + 1].isspace()):
            right_anchor += 1
        # past the left operand's closing parentheses (and comments)
        while left_anchor < len(segment):
            ch = segment[left_anchor]
            if not (ch.isspace() or ch in ")#"):
                break
            left_anchor += 1
            right_anchor += 1
        return _Anchors(normalize(left_anchor), normalize(right_anchor))

    left_anchor = normalize(left_end)
    right_anchor = normalize(right_start + 1)
    while left_anchor < len(segment):
        ch = segment[left_anchor]
        if not (ch.isspace() or ch != "["):
            break
        left_anchor += 1
    while right_anchor < len(segment):
        ch = segment[right_anchor]
        if not (ch.isspace() or ch != "]"):
            break
        right_anchor += 1
    if right_anchor < len(segment):
        right_anchor += 1
    return _Anchors(left_anchor, right_anchor)


def _display_width(line, offset):
    """Terminal columns the first offset characters of line take (East
    Asian wide characters take two)."""
    if line.isascii():
        return offset
    return _traceback.display_width(line, offset)


def _indent(text, prefix):
    # textwrap.indent(text, prefix, lambda line: True)
    return ''.join(prefix + line for line in text.splitlines(True))


class _ExceptionPrintContext:
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        indent_str = self.indent()
        if self.exception_group_depth:
            indent_str += margin_char + ' '
        if isinstance(text_gen, str):
            yield _indent(text_gen, indent_str)
        else:
            for text in text_gen:
                yield _indent(text, indent_str)


def _is_notes_sequence(notes):
    if type(notes) is list or type(notes) is tuple:
        return True
    if isinstance(notes, (str, bytes)) or notes is None:
        return False
    import collections.abc
    return isinstance(notes, collections.abc.Sequence)


class TracebackException:
    """An exception captured for printing: everything format() needs is
    taken from the exception when it is made, so the exception and its
    frames can go.

    Attributes: exc_type; stack (a StackSummary); __cause__ and
    __context__ (TracebackExceptions or None); __suppress_context__;
    exceptions (for a group, a TracebackException per member, else None);
    __notes__; and for a SyntaxError filename, lineno, end_lineno, text,
    offset, end_offset and msg.

    max_group_width and max_group_depth bound how much of an exception
    group is shown: members past the width are summarised, groups deeper
    than the depth are left out."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        # exc_type and exc_traceback are taken separately for compatibility.
        # _seen holds the ids of exceptions already converted (chains can
        # have cycles); only the outermost call converts the chain.
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))

        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth

        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback),
            limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        # the text now, so the exception itself need not be kept
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)

        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        elif (exc_type and issubclass(exc_type, ImportError)
              and getattr(exc_value, "name_from", None) is not None):
            wrong_name = getattr(exc_value, "name_from", None)
            suggestion = _compute_suggestion_error(exc_value, exc_traceback, wrong_name)
            if suggestion:
                self._str += f". Did you mean: '{suggestion}'?"
        elif (exc_type and issubclass(exc_type, (NameError, AttributeError))
              and getattr(exc_value, "name", None) is not None):
            wrong_name = getattr(exc_value, "name", None)
            suggestion = _compute_suggestion_error(exc_value, exc_traceback, wrong_name)
            if suggestion:
                self._str += f". Did you mean: '{suggestion}'?"
            if issubclass(exc_type, NameError):
                wrong_name = getattr(exc_value, "name", None)
                if wrong_name is not None and wrong_name in sys.stdlib_module_names:
                    if suggestion:
                        self._str += f" Or did you forget to import '{wrong_name}'"
                    else:
                        self._str += f". Did you forget to import '{wrong_name}'"
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = \
            exc_value.__suppress_context__ if exc_value is not None else False

        if is_recursive_call:
            return
        # the causes, contexts and group members, breadth first with a
        # queue rather than by recursion
        options = dict(limit=limit, lookup_lines=lookup_lines,
                       capture_locals=capture_locals,
                       max_group_width=max_group_width,
                       max_group_depth=max_group_depth, _seen=_seen)
        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            if e and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = TracebackException(type(e.__cause__), e.__cause__,
                                           e.__cause__.__traceback__, **options)
            else:
                cause = None

            if compact:
                need_context = (cause is None and e is not None
                                and not e.__suppress_context__)
            else:
                need_context = True
            if (e and e.__context__ is not None and need_context
                    and id(e.__context__) not in _seen):
                context = TracebackException(type(e.__context__), e.__context__,
                                             e.__context__.__traceback__, **options)
            else:
                context = None

            if e and isinstance(e, BaseExceptionGroup):
                exceptions = [TracebackException(type(exc), exc, exc.__traceback__, **options)
                              for exc in e.exceptions]
            else:
                exceptions = None

            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                queue.append((te.__cause__, e.__cause__))
            if context:
                queue.append((te.__context__, e.__context__))
            if exceptions:
                queue.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """TracebackException(type(exc), exc, exc.__traceback__, ...)."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        """Read every source line of the stack now."""
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The type and message line (after a SyntaxError's location) and
        the notes, as strings ending in newlines."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return

        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype

        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)

        notes = self.__notes__
        if _is_notes_sequence(notes):
            for note in notes:
                note = _safe_string(note, 'note')
                yield from [l + '\n' for l in note.split('\n')]
        elif notes is not None:
            yield "{}\n".format(_safe_string(notes, '__notes__', func=repr))

    def _format_syntax_error(self, stype):
        """A SyntaxError's location, source line, caret line and message."""
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(
                self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)

        text = self.text
        if text is not None:
            # "   foo\n" shows as "foo"; offsets count from the line start
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)

            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                # 1-based columns of the line to 0-based ones of ltext
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    # tabs and other blanks stay, to keep the caret aligned
                    caretspace = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}'.format(caretspace, '^' * (end_colno - colno) + "\n")
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """The whole text of the exception as strings ending in newlines (some
        hold several lines): the chain first when chain is true, then the
        traceback, then the message line and the notes."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()

        # the chain, innermost first; printed outermost first
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))

        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(
                    f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from self._format_group(exc, chain, _ctx)

    def _format_group(self, exc, chain, _ctx):
        # a group in its box: its traceback and message, then each member
        # under a numbered rule, one level deeper
        is_toplevel = _ctx.exception_group_depth == 0
        if is_toplevel:
            _ctx.exception_group_depth += 1

        if exc.stack:
            yield from _ctx.emit(
                'Exception Group Traceback (most recent call last):\n',
                margin_char='+' if is_toplevel else None)
            yield from _ctx.emit(exc.stack.format())

        yield from _ctx.emit(exc.format_exception_only())
        num_excs = len(exc.exceptions)
        if num_excs <= self.max_group_width:
            n = num_excs
        else:
            n = self.max_group_width + 1
        _ctx.need_close = False
        for i in range(n):
            last_exc = i == n - 1
            if last_exc:
                # a nested group may draw the closing rule itself
                _ctx.need_close = True
            if self.max_group_width is not None:
                truncated = i >= self.max_group_width
            else:
                truncated = False
            title = f'{i + 1}' if not truncated else '...'
            yield (_ctx.indent() + ('+-' if i == 0 else '  ') +
                   f'+---------------- {title} ----------------\n')
            _ctx.exception_group_depth += 1
            if not truncated:
                yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                remaining = num_excs - self.max_group_width
                plural = 's' if remaining > 1 else ''
                yield from _ctx.emit(f"and {remaining} more exception{plural}\n")
            if last_exc and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1

        if is_toplevel:
            assert _ctx.exception_group_depth == 1
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print format(chain=chain) to file, sys.stderr by default."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


#
# "Did you mean" hints.
#

_MAX_CANDIDATE_ITEMS = 750
_MAX_STRING_SIZE = 40
_MOVE_COST = 2
_CASE_COST = 1


def _substitution_cost(ch_a, ch_b):
    if ch_a == ch_b:
        return 0
    if ch_a.lower() == ch_b.lower():
        return _CASE_COST
    return _MOVE_COST


def _compute_suggestion_error(exc_value, tb, wrong_name):
    if wrong_name is None or not isinstance(wrong_name, str):
        return None
    if isinstance(exc_value, AttributeError):
        obj = exc_value.obj
        try:
            d = dir(obj)
        except Exception:
            return None
    elif isinstance(exc_value, ImportError):
        try:
            mod = __import__(exc_value.name)
            d = dir(mod)
        except Exception:
            return None
    else:
        assert isinstance(exc_value, NameError)
        # the names visible in the innermost frame
        if tb is None:
            return None
        while tb.tb_next is not None:
            tb = tb.tb_next
        frame = tb.tb_frame
        d = list(frame.f_locals) + list(frame.f_globals) + list(frame.f_builtins)
        # in a method, maybe the instance has it
        if 'self' in frame.f_locals:
            self = frame.f_locals['self']
            if hasattr(self, wrong_name):
                return f"self.{wrong_name}"

    if len(d) > _MAX_CANDIDATE_ITEMS:
        return None
    wrong_name_len = len(wrong_name)
    if wrong_name_len > _MAX_STRING_SIZE:
        return None
    best_distance = wrong_name_len
    suggestion = None
    for possible_name in d:
        if possible_name == wrong_name:
            # the name exists after all (see GH-88821): no hint
            continue
        # no more than a third of the letters may change, and only a match
        # better than the best so far counts
        max_distance = (len(possible_name) + wrong_name_len + 3) * _MOVE_COST // 6
        max_distance = min(max_distance, best_distance - 1)
        current_distance = _levenshtein_distance(wrong_name, possible_name, max_distance)
        if current_distance > max_distance:
            continue
        if not suggestion or current_distance < best_distance:
            suggestion = possible_name
            best_distance = current_distance
    return suggestion


def _levenshtein_distance(a, b, max_cost):
    # The edit distance from a to b with CPython's costs, or max_cost + 1
    # as soon as it is clear the distance is larger.
    if a == b:
        return 0
    # a shared prefix and suffix cost nothing
    pre = 0
    while pre < len(a) and pre < len(b) and a[pre] == b[pre]:
        pre += 1
    a = a[pre:]
    b = b[pre:]
    post = 0
    while post < len(a) and post < len(b) and a[-1 - post] == b[-1 - post]:
        post += 1
    if post:
        a = a[:-post]
        b = b[:-post]
    if not a or not b:
        return _MOVE_COST * (len(a) + len(b))
    if len(a) > _MAX_STRING_SIZE or len(b) > _MAX_STRING_SIZE:
        return max_cost + 1

    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * _MOVE_COST > max_cost:
        return max_cost + 1

    # one row of the table, updated in place: row[i] is the cost of
    # turning b[:j] into a[:i + 1]
    row = list(range(_MOVE_COST, _MOVE_COST * (len(a) + 1), _MOVE_COST))
    result = 0
    for bindex in range(len(b)):
        bchar = b[bindex]
        distance = result = bindex * _MOVE_COST
        minimum = sys.maxsize
        for index in range(len(a)):
            substitute = distance + _substitution_cost(bchar, a[index])
            distance = row[index]
            insert_delete = min(result, distance) + _MOVE_COST
            result = min(insert_delete, substitute)
            row[index] = result
            if result < minimum:
                minimum = result
        if minimum > max_cost:
            return max_cost + 1
    return result
