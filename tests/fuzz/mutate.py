#!/usr/bin/env python3
"""Mutation testing: skein must survive broken versions of its own tests.

    mutate.py [options] SKEIN [PATH...]

Takes the golden programs (default: tests/scripts and examples/guide),
makes COUNT mutants from them with a fixed seed — lines deleted,
duplicated, swapped or re-indented, the file truncated at a random byte,
random tokens inserted, characters flipped (invalid UTF-8 included), one to
three of these at a time — and runs each under SKEIN with a timeout. A
mutant may fail in any way Python allows (SyntaxError, NameError, output
that makes no sense) or succeed. The run fails when a mutant

  - ends by a signal (other than one CPython dies of too for that program:
    an uncaught KeyboardInterrupt is SIGINT in both),
  - makes a sanitizer report (AddressSanitizer, LeakSanitizer, UBSan), or
  - hangs: still running after --timeout seconds while CPython finishes
    the same mutant within --timeout / --slowdown seconds (a mutant that
    loops forever under CPython too is the mutant's fault).

Each mutant depends only on the seed and its number, so a failure is
reproduced with --only N (same seed and paths); failing mutants are saved
to --save-dir with the command that shows the problem.

Seeds that could touch files outside their working folder (they remove,
rename or write files, change directory, start processes or send signals)
are left out. Each mutant runs in a fresh temporary folder, with standard
input empty, PYTHONHASHSEED=0 and skein's --max-memory cap.
"""
import argparse
import concurrent.futures
import os
import random
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

RISKY = re.compile(rb"\bos\.(remove|unlink|rmdir|removedirs|rename|replace|chdir|fchdir|kill|killpg|system|"
                   rb"exec\w*|fork|spawn\w*|popen|truncate|ftruncate|chmod|fchmod|chown|symlink|link|mkdir|"
                   rb"makedirs|write|open|dup2|setsid|_exit|abort)\b|\bopen\(|\bshutil\b|\bsubprocess\b|"
                   rb"\bsignal\b|\bresource\b|\bctypes\b|\bffi\b")

SANITIZER = re.compile(r"ERROR: (AddressSanitizer|LeakSanitizer|ThreadSanitizer|MemorySanitizer)|"
                       r"AddressSanitizer:DEADLYSIGNAL|^\S+:\d+:\d+: runtime error: |"
                       r"SUMMARY: (Address|Undefined|Leak)\w*Sanitizer", re.M)

TOKENS = [
    # keywords and soft keywords
    "async ", "await ", "yield ", "yield from ", "lambda", "lambda: ", "return ", "raise ", "del ",
    "global x", "nonlocal x", "try:", "except:", "except* ", "finally:", "with ", "class ", "def ",
    "import ", "from ", " as ", "pass", "if ", "else:", "elif ", "while ", "for ", " in ", " is ",
    " not ", " and ", " or ", "match ", "case ", "type ", "break", "continue", "assert ", "None",
    "True", "False", "__class__", "super()", "print(", "async for ", "async with ",
    # operators and punctuation
    "*", "**", ":=", "=", "==", "->", "@", ".", "...", ",", ";", ":", "(", ")", "[", "]", "{", "}",
    "+", "-", "~", "<<", ">>", "//", "%", "|", "&", "^", "!=", "<", ">=", "+=",
    # literals, quotes, string prefixes, escapes
    "0", "1", "-1", "0x", "0b2", "1_", "1e309", "1j", "0.5", "2**64", "'", '"', "'''", '"""',
    "f'{", "f'{x!r:>{w}}'", "b'", "rb'", "u'", "'\\N{", "'\\x", "\\", "#", "{}", "[]", "()",
    "(*a, **k)", "x[1:2:3]",
    # layout and unusual characters
    "\n", "\\\n", "    ", "\t", "\r", "\x0c", "\x00", "\ufeff", "\u00a0", "é", "\U0001f600", "\u200b",
]
FLIP_CHARS = (b" \t\n:()[]{}'\"#\\.,=*+-0123456789abcdefxyzABCDEF_@!?<>|&^~%$`;"
              b"\x00\x7f\x80\xc3\xe2\xf0\xff")


# ---- mutations: each takes and returns the program as bytes -------------------

def lines_of(src):
    return src.splitlines(keepends=True) or [b""]


def delete_line(r, src):
    ls = lines_of(src)
    del ls[r.randrange(len(ls))]
    return b"".join(ls)


def duplicate_line(r, src):
    ls = lines_of(src)
    i = r.randrange(len(ls))
    ls.insert(r.randrange(len(ls) + 1), ls[i])
    return b"".join(ls)


def swap_lines(r, src):
    ls = lines_of(src)
    i = r.randrange(len(ls))
    j = i + 1 if r.random() < 0.5 and i + 1 < len(ls) else r.randrange(len(ls))
    ls[i], ls[j] = ls[j], ls[i]
    return b"".join(ls)


def move_block(r, src):
    ls = lines_of(src)
    i = r.randrange(len(ls))
    j = min(len(ls), i + r.randint(1, 6))
    block = ls[i:j]
    if r.random() < 0.5:
        del ls[i:j]
    k = r.randrange(len(ls) + 1)
    ls[k:k] = block
    return b"".join(ls)


def reindent(r, src):
    ls = lines_of(src)
    i = r.randrange(len(ls))
    line = ls[i]
    if r.random() < 0.5:
        ls[i] = r.choice([b" ", b"    ", b"\t", b"        "]) + line
    else:
        ls[i] = line.lstrip(b" \t") if r.random() < 0.5 else line[min(len(line), 4):]
    return b"".join(ls)


def truncate(r, src):
    return src[:r.randrange(len(src) + 1)]


def insert_token(r, src):
    at = r.randrange(len(src) + 1)
    return src[:at] + r.choice(TOKENS).encode("utf-8") + src[at:]


def flip_char(r, src):
    if not src:
        return src
    at = r.randrange(len(src))
    return src[:at] + bytes([r.choice(FLIP_CHARS)]) + src[at + 1:]


def delete_span(r, src):
    if not src:
        return src
    at = r.randrange(len(src))
    return src[:at] + src[at + r.randint(1, 12):]


MUTATIONS = [delete_line, duplicate_line, swap_lines, move_block, reindent, truncate,
             insert_token, insert_token, flip_char, flip_char, delete_span]


def make_mutant(seed, n, seeds):
    """Mutant n of the run with this seed: (seed program path, its source, what was done)."""
    r = random.Random("%s/%d" % (seed, n))
    path = r.choice(seeds)
    with open(path, "rb") as f:
        src = f.read()
    done = []
    for _ in range(r.choice([1, 1, 1, 2, 2, 3])):
        m = r.choice(MUTATIONS)
        src = m(r, src)
        done.append(m.__name__)
    return path, src, done


# ---- running ----------------------------------------------------------------

def collect(paths):
    seeds = []
    for p in paths:
        if os.path.isfile(p):
            seeds.append(p)
            continue
        for root, dirs, files in os.walk(p):
            dirs.sort()
            for name in sorted(files):
                if name.endswith(".py"):
                    seeds.append(os.path.join(root, name))
    safe = []
    for s in seeds:
        with open(s, "rb") as f:
            if not RISKY.search(f.read()):
                safe.append(s)
    return safe


def sanitizer_env():
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    env["ASAN_OPTIONS"] = "detect_leaks=1:exitcode=86:" + env.get("ASAN_OPTIONS", "")
    env["UBSAN_OPTIONS"] = "halt_on_error=1:print_stacktrace=1:exitcode=87:" + env.get("UBSAN_OPTIONS", "")
    env.pop("PYTHONASYNCIODEBUG", None)
    return env


def run(cmd, script, timeout, env):
    """Runs cmd + [script] in the script's folder: (exit status or 'timeout', stderr text)."""
    folder = os.path.dirname(script)
    with tempfile.TemporaryFile() as err:
        try:
            p = subprocess.Popen(cmd + [os.path.basename(script)], cwd=folder, env=env,
                                 stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
                                 start_new_session=True)
        except OSError as e:
            sys.exit("mutate.py: cannot run %s: %s" % (cmd[0], e))
        try:
            status = p.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
            status = "timeout"
        err.seek(0)
        head = err.read(1 << 20)
        err.seek(0, os.SEEK_END)
        size = err.tell()
        if size > len(head):  # sanitizer reports come last
            err.seek(max(len(head), size - (1 << 20)))
            head += b"\n...\n" + err.read()
    return status, head.decode("utf-8", "replace")


def find_oracle(given):
    """The CPython that judges hangs and signals: resolved once to its real
    executable (a pyenv shim costs a tenth of a second per run)."""
    for cand in ([given] if given else []) + ["python3.12", sys.executable]:
        try:
            out = subprocess.run(shlex.split(cand) + ["-c", "import sys; print(sys.executable)"],
                                 capture_output=True, text=True, timeout=30,
                                 env=dict(os.environ, PYENV_VERSION=os.environ.get("PYENV_VERSION", "3.12.1")))
        except (OSError, subprocess.TimeoutExpired):
            continue
        if out.returncode == 0 and out.stdout.strip():
            return [out.stdout.strip()]
    sys.exit("mutate.py: no CPython found to judge hangs (pass --oracle)")


def describe(status):
    if status == "timeout":
        return "hang"
    if isinstance(status, int) and status < 0:
        try:
            return "killed by " + signal.Signals(-status).name
        except ValueError:
            return "killed by signal %d" % -status
    return "exit %s" % status


def check_one(n, opts, seeds, skein, oracle, env):
    """(outcome, failure): how mutant n ended ("exit 0", "exit 1", "hang",
    "killed by SIGINT"...), and None if that is fine, else (n, seed path,
    mutations, problem, stderr, source)."""
    path, src, done = make_mutant(opts.seed, n, seeds)
    with tempfile.TemporaryDirectory(prefix="skein-mutant-") as d:
        script = os.path.join(d, "mutant_%d.py" % n)
        with open(script, "wb") as f:
            f.write(src)
        status, err = run(skein, script, opts.timeout, env)
        problem = None
        if SANITIZER.search(err):
            problem = "sanitizer report"
        elif status == "timeout" or (isinstance(status, int) and status < 0):
            # the mutant's own doing if CPython ends the same way, fast enough
            ref_timeout = opts.timeout / opts.slowdown
            ref, _ = run(oracle, script, ref_timeout if status == "timeout" else opts.timeout, env)
            if status == "timeout" and ref != "timeout":
                problem = "hang (CPython finishes within %.1fs: %s)" % (ref_timeout, describe(ref))
            elif status != "timeout" and ref != status:
                problem = "%s (CPython: %s)" % (describe(status), describe(ref))
        outcome = describe(status)
        if isinstance(status, int) and status > 1:
            outcome = "exit >1"
        return outcome, ((n, path, done, problem, err, src) if problem else None)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("skein", help="the skein executable")
    ap.add_argument("paths", nargs="*", help="seed programs or folders (default: tests/scripts, examples/guide)")
    ap.add_argument("--count", type=int, default=300, help="how many mutants (default 300)")
    ap.add_argument("--seed", default="skein", help="the run's seed (default 'skein')")
    ap.add_argument("--timeout", type=float, default=10, help="seconds a mutant may run (default 10)")
    ap.add_argument("--slowdown", type=float, default=10,
                    help="how much slower than CPython skein may be before a timeout is a hang (default 10)")
    ap.add_argument("--max-memory", default="512M", help="skein's --max-memory for each mutant (default 512M)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="mutants run at once")
    ap.add_argument("--oracle", help="the CPython command (default: python3.12, else this python)")
    ap.add_argument("--only", type=int, action="append", help="run just mutant N (repeatable)")
    ap.add_argument("--save-dir", help="write failing mutants here")
    ap.add_argument("--show", type=int, help="print mutant N's source and exit")
    opts = ap.parse_args()

    paths = opts.paths or [os.path.join(REPO, "tests", "scripts"), os.path.join(REPO, "examples", "guide")]
    seeds = collect(paths)
    if not seeds:
        sys.exit("mutate.py: no seed programs under " + " ".join(paths))
    if opts.show is not None:
        sys.stdout.buffer.write(make_mutant(opts.seed, opts.show, seeds)[1])
        return 0
    skein = [os.path.abspath(opts.skein), "--max-memory=" + opts.max_memory]
    oracle = find_oracle(opts.oracle)
    env = sanitizer_env()
    numbers = opts.only or range(opts.count)

    start = time.monotonic()
    failures = []
    outcomes = {}
    with concurrent.futures.ThreadPoolExecutor(opts.jobs) as pool:
        for outcome, failure in pool.map(lambda n: check_one(n, opts, seeds, skein, oracle, env), numbers):
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
            if failure:
                failures.append(failure)
    failures.sort()
    for n, path, done, problem, err, src in failures:
        print("FAIL mutant %d of %s (%s): %s" % (n, os.path.relpath(path, REPO), ", ".join(done), problem))
        tail = err.strip().splitlines()[-25:]
        if tail:
            print("    " + "\n    ".join(tail))
        if opts.save_dir:
            os.makedirs(opts.save_dir, exist_ok=True)
            saved = os.path.join(opts.save_dir, "mutant_%d.py" % n)
            with open(saved, "wb") as f:
                f.write(src)
            print("    saved as %s; run: %s %s" % (saved, " ".join(skein), saved))
        print("    again: %s --seed %s --only %d %s %s" % (
            os.path.relpath(__file__), shlex.quote(opts.seed), n, opts.skein, " ".join(opts.paths)))
        print()
    print("%d mutants of %d seed programs in %.0fs (%s): %d failed"
          % (len(numbers), len(seeds), time.monotonic() - start,
             ", ".join("%s: %d" % kv for kv in sorted(outcomes.items())), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
