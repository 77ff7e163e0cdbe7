#!/usr/bin/env python3
"""Drives skein's interactive prompt through a pseudo-terminal, as a user
at a terminal would, and checks what it shows and how it exits.

    test_repl.py SKEIN                 run every check against skein
    test_repl.py --cpython PYTHON      run the checks that apply to CPython
                                       3.12's REPL too (python3.12), to see
                                       that the expected transcripts are
                                       CPython's

Each check starts a fresh session with HOME in a scratch folder (so the
history file is the session's own) and TERM=dumb (so line editing draws
no escape sequences). Enter is sent as a terminal sends it, '\\r'.
"""
import os
import pty
import re
import select
import shutil
import signal
import sys
import tempfile
import time
import traceback

# seconds for any one expected output: CI machines are slow, and a GC-stress
# build takes far longer to import asyncio (REPL_TIMEOUT raises it)
TIMEOUT = float(os.environ.get("REPL_TIMEOUT", "20"))

ESCAPES = re.compile(r'\x1b\[[0-9;?]*[A-Za-z]|\x07')


class Timeout(Exception):
    pass


class Session:
    """One interactive session on a pseudo-terminal."""

    def __init__(self, argv, home):
        env = dict(os.environ, HOME=home, TERM='dumb')
        env.pop('PYTHONSTARTUP', None)
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                os.execvpe(argv[0], argv, env)
            finally:
                os._exit(127)
        self.out = ''      # everything shown so far, escapes and \r removed
        self.seen = 0      # where the next expect() starts looking
        self.status = None

    def _read(self, deadline):
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        ready, _, _ = select.select([self.fd], [], [], left)
        if not ready:
            return False
        try:
            data = os.read(self.fd, 4096)
        except OSError:     # the other side closed: the program ended
            return False
        if not data:
            return False
        self.out += ESCAPES.sub('', data.decode('utf-8', 'replace')).replace('\r', '')
        return True

    def expect(self, text, timeout=TIMEOUT):
        """Waits for `text` (a str, or a compiled regex) after what the
        last expect() matched; returns what came before it."""
        deadline = time.monotonic() + timeout
        while True:
            if isinstance(text, str):
                i = self.out.find(text, self.seen)
                if i >= 0:
                    before, self.seen = self.out[self.seen:i], i + len(text)
                    return before
            else:
                m = text.search(self.out, self.seen)
                if m:
                    before, self.seen = self.out[self.seen:m.start()], m.end()
                    return before
            if not self._read(deadline):
                raise Timeout(f'expected {text!r}; the session showed:\n{self.out[self.seen:]}'
                              f'\n---- whole transcript ----\n{self.out}')

    def send(self, text):
        os.write(self.fd, text.encode())

    def line(self, text):
        """Types a line and Enter, and waits for its echo."""
        self.send(text + '\r')
        self.expect(text + '\n')

    def block(self, *lines):
        """Types a compound statement and the empty line that ends it,
        each line once its prompt is shown (so nothing is typed ahead)."""
        for text in lines + ('',):
            if text is not lines[0]:
                self.expect(PS2)
            self.line(text)

    def wait(self, timeout=TIMEOUT):
        """Waits for the program to end; returns its exit status (-N for
        death by signal N)."""
        deadline = time.monotonic() + timeout
        while True:
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(st)
                return self.status
            if not self._read(min(deadline, time.monotonic() + 0.05)) and time.monotonic() > deadline:
                raise Timeout(f'the program did not end; it showed:\n{self.out}')

    def close(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
        os.close(self.fd)


# ---- the checks -------------------------------------------------------------------------
# Each takes a fresh session positioned at its first prompt. Those marked
# @common apply to CPython 3.12's REPL as well.

CHECKS = []


def check(common):
    def register(fn):
        CHECKS.append((fn, common))
        return fn
    return register


PS1, PS2 = '>>> ', '... '


@check(common=True)
def expression_echo(s, ctx):
    s.line('1 + 2')
    assert s.expect(PS1) == '3\n'
    s.line('"a" * 3')
    assert s.expect(PS1) == "'aaa'\n"
    s.line('None')                       # None is not echoed
    assert s.expect(PS1) == ''
    s.line('x = 5')                      # nor are statements
    assert s.expect(PS1) == ''
    s.line('_')                          # the last value echoed
    assert s.expect(PS1) == "'aaa'\n"


@check(common=True)
def non_ascii_input(s, ctx):
    s.line('s = "héllo ✓ 😀"')
    s.expect(PS1)
    s.line('s, len(s)')
    assert s.expect(PS1) == "('héllo ✓ 😀', 9)\n"


@check(common=True)
def multiline_def_and_call(s, ctx):
    s.block('def twice(x):',
            '    y = x * 2',
            '    return y')                 # block() ends it with an empty line
    assert s.expect(PS1) == ''
    s.line('twice(21)')
    assert s.expect(PS1) == '42\n'
    # an open bracket continues, and an empty line does not end it
    s.line('(1,')
    s.expect(PS2)
    s.line('')
    s.expect(PS2)
    s.line(' 2)')
    assert s.expect(PS1) == '(1, 2)\n'
    # a one-line compound statement still waits for the empty line
    s.line('for i in range(2): print(i)')
    s.expect(PS2)
    s.line('')
    assert s.expect(PS1) == '0\n1\n'
    s.line('s = """a')
    s.expect(PS2)
    s.line('b"""')
    s.expect(PS1)
    s.line('s')
    assert s.expect(PS1) == "'a\\nb'\n"


@check(common=True)
def syntax_error_then_continue(s, ctx):
    s.line('1 +')
    assert s.expect(PS1) == ('  File "<stdin>", line 1\n'
                             '    1 +\n'
                             '       ^\n'
                             'SyntaxError: invalid syntax\n')
    s.line('if True:')
    s.expect(PS2)
    s.line('')
    assert s.expect(PS1).endswith("IndentationError: expected an indented block after 'if' statement on line 1\n")
    s.line('x = (1,')
    s.expect(PS2)
    s.send('\x04')                       # Ctrl-D at a continuation prompt
    assert s.expect(PS1).endswith("SyntaxError: '(' was never closed\n")
    s.line('6 * 7')
    assert s.expect(PS1) == '42\n'


@check(common=True)
def exception_then_continue(s, ctx):
    s.block('def f():',
            '    return 1 / 0')
    s.expect(PS1)
    s.line('f()')
    assert s.expect(PS1) == ('Traceback (most recent call last):\n'
                             '  File "<stdin>", line 1, in <module>\n'
                             '  File "<stdin>", line 2, in f\n'
                             'ZeroDivisionError: division by zero\n')
    s.line('import sys; sys.last_exc.__class__.__name__')
    assert s.expect(PS1) == "'ZeroDivisionError'\n"
    s.line('undefined_name')
    assert s.expect(PS1).endswith("NameError: name 'undefined_name' is not defined\n")
    s.line('"still here"')
    assert s.expect(PS1) == "'still here'\n"


@check(common=True)
def ctrl_c(s, ctx):
    s.send('abandoned')
    s.expect('abandoned')
    s.send('\x03')                       # Ctrl-C at the prompt
    assert s.expect(PS1) == '\nKeyboardInterrupt\n'
    s.line('"fresh line"')
    assert s.expect(PS1) == "'fresh line'\n"
    # Ctrl-C while code runs interrupts it
    s.line('while True: pass')
    s.expect(PS2)
    s.line('')
    time.sleep(0.3)
    s.send('\x03')
    assert s.expect(PS1).endswith('Traceback (most recent call last):\n'
                                  '  File "<stdin>", line 1, in <module>\n'
                                  'KeyboardInterrupt\n')
    s.line('1')
    assert s.expect(PS1) == '1\n'


@check(common=True)
def ctrl_d_exits_0(s, ctx):
    s.line('x = 1')
    s.expect(PS1)
    s.send('\x04')
    assert s.wait() == 0


@check(common=True)
def exit_status(s, ctx):
    s.line('exit')
    assert s.expect(PS1) == 'Use exit() or Ctrl-D (i.e. EOF) to exit\n'
    s.line('exit(3)')
    assert s.wait() == 3


@check(common=True)
def prompts_from_sys(s, ctx):
    s.line('import sys; sys.ps1 = "in> "; sys.ps2 = 7')
    s.expect('in> ')
    s.line('[1,')
    s.expect('7')
    s.line('2]')
    assert s.expect('in> ') == '[1, 2]\n'


@check(common=False)
def history_file(s, ctx):
    s.line('history_marker = 1')
    s.expect(PS1)
    s.block('def g():',
            '    return history_marker')
    s.expect(PS1)
    s.send('\x04')
    assert s.wait() == 0
    with open(os.path.join(ctx['home'], ctx['history']), encoding='utf-8') as f:
        # libedit writes lines strvis-encoded: a space is \040
        lines = re.sub(r'\\([0-7]{3})', lambda m: chr(int(m.group(1), 8)), f.read())
    for line in ('history_marker = 1', 'def g():', 'return history_marker'):
        assert line in lines, f'{line!r} not in the history file:\n{lines}'
    # the next session recalls it
    s2 = Session(ctx['argv'], ctx['home'])
    try:
        s2.expect(PS1)
        s2.send('\x1b[A\x1b[A\x1b[A\x1b[A\r')   # up to 'history_marker = 1', Enter
        s2.expect('history_marker = 1\n')
        s2.expect(PS1)
        s2.line('history_marker')
        assert s2.expect(PS1) == '1\n'
    finally:
        s2.close()


@check(common=False)
def history_recall(s, ctx):
    s.line('"recalled"')
    s.expect(PS1)
    s.send('\x1b[A\r')                   # up arrow, Enter
    s.expect('"recalled"\n')             # the line drawn again, and run
    assert s.expect(PS1) == "'recalled'\n"


@check(common=False)
def banner(s, ctx):
    assert re.match(r'skein \S+ \(Python 3\.12\.\d+ compatible\)\n'
                    r'Type "help", "copyright", "credits" or "license" for more information\.\n$',
                    ctx['banner']), ctx['banner']


@check(common=False)
def top_level_await(s, ctx):
    s.line('import asyncio')
    if 'ModuleNotFoundError' in s.expect(PS1):
        # without asyncio, top-level await says why it cannot run
        s.line('await something')
        assert s.expect(PS1) == ('NotImplementedError: top-level await at the prompt needs the '
                                 'asyncio package, which skein does not have yet\n')
        return
    s.line('await asyncio.sleep(0, result="slept")')
    assert s.expect(PS1) == "'slept'\n"
    s.line('n = 0')
    s.expect(PS1)
    s.block('async def count():',
            '    global n',
            '    while True:',
            '        n += 1',
            '        await asyncio.sleep(0.01)')
    s.expect(PS1)
    # a task made by one input goes on running whenever a later one awaits
    s.line('t = asyncio.create_task(count()); await asyncio.sleep(0)')
    s.expect(PS1)
    s.line('before = n; await asyncio.sleep(0.2); n > before')
    assert s.expect(PS1) == 'True\n'
    s.block('class Three:',
            '    def __init__(self): self.i = 0',
            '    def __aiter__(self): return self',
            '    async def __anext__(self):',
            '        if self.i == 3: raise StopAsyncIteration',
            '        self.i += 1',
            '        return await asyncio.sleep(0, self.i)')
    s.expect(PS1)
    s.block('async for v in Three(): print(v)')
    assert s.expect(PS1) == '1\n2\n3\n'
    s.line('[v * 2 async for v in Three()]')
    assert s.expect(PS1) == '[2, 4, 6]\n'
    s.block('async with asyncio.timeout(5):',
            '    await asyncio.sleep(0, "inside")')
    assert s.expect(PS1) == "'inside'\n"
    s.line('await asyncio.sleep(0); 1 / 0')
    assert s.expect(PS1) == ('Traceback (most recent call last):\n'
                             '  File "<stdin>", line 1, in <module>\n'
                             'ZeroDivisionError: division by zero\n')
    # Ctrl-C interrupts the input that awaits and cancels it
    s.line('await asyncio.sleep(60)')
    time.sleep(0.3)
    s.send('\x03')
    assert s.expect(PS1).endswith('KeyboardInterrupt\n')
    s.line('t.cancel()')
    assert s.expect(PS1) == 'True\n'


def main():
    args = sys.argv[1:]
    cpython = args[:1] == ['--cpython']
    if cpython:
        args = args[1:]
    if len(args) != 1:
        sys.exit(__doc__)
    argv = [args[0], '-q'] if cpython else [args[0]]
    failures = 0
    for fn, common in CHECKS:
        if cpython and not common:
            continue
        home = tempfile.mkdtemp(prefix='skein-repl-')
        ctx = {'home': home, 'argv': argv, 'history': '.python_history' if cpython else '.skein_history'}
        s = Session(argv, home)
        try:
            ctx['banner'] = s.expect(PS1)
            fn(s, ctx)
            print(f'ok   {fn.__name__}')
        except (AssertionError, Timeout) as e:
            failures += 1
            print(f'FAIL {fn.__name__}')
            if isinstance(e, AssertionError):
                traceback.print_exc(file=sys.stdout)
                print(f'---- transcript ----\n{s.out}')
            else:
                print(e)
        finally:
            s.close()
            shutil.rmtree(home, ignore_errors=True)
    print(f'{failures} of {sum(1 for _, c in CHECKS if c or not cpython)} checks failed' if failures
          else 'all checks passed')
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()
