#!/usr/bin/env python3
"""Golden-output tests: a .py program and what CPython 3.12 printed for it.

    golden.py run [--known FILE [--update-known]] INTERP PATH...
                                      run the programs under INTERP, compare
    golden.py regen [--ref CMD] PATH...   write expected files from CPython

--known FILE names a list of programs (paths relative to the repository,
one per line, '#' comments) known to fail for now: their failures are
reported as XFAIL and do not fail the run, but one that passes does
("XPASS"), so the list only ever shrinks by someone noticing. A listed
program that crashes the interpreter (a signal CPython did not die of, or
a sanitizer report) still fails the run.
--update-known rewrites FILE's entries under the given PATHs to the
programs that fail now.

For tests/scripts/AREA/NAME.py the expected results sit beside it:
    NAME.out    standard output (always present, may be empty)
    NAME.err    standard error, when there was any
    NAME.code   the exit status, when it was not 0

Each program runs in its own folder with its file name as argv[0], no
standard input and PYTHONHASHSEED=0. Before comparing (and before writing
expected files) both outputs are normalised the same way:
  - the program's folder, as an absolute path, is removed from paths, so
    'File "/x/tests/scripts/errors/a.py"' becomes 'File "a.py"';
  - traceback frames from files outside that folder (CPython's own library
    modules, skein's bundled ones) are dropped with their source lines,
    since the two interpreters implement those layers differently;
  - hexadecimal addresses (0x and 8 or more hex digits) become 0xADDR.
A program may declare in its first five lines, as ../shared/tools/pydiff
reads them:   # pydiff: args=A B    # pydiff: stdin=TEXT (\\n for newline)
              # pydiff: skip=REASON
and, for skein alone (not for CPython when writing expected files):
              # skein: options=--max-memory=64M   (before the program's name)
              # skein: gc_stress_interval=N   (in a -Dgc_stress=true build,
                collect at every Nth allocation instead of every one: for a
                program that fills the heap on purpose, where a collection
                per allocation makes the run quadratic in the heap's size)
and, for both interpreters, to run a module as `python -m` does instead of
the program itself (the program then only carries the directive):
              # golden: module=NAME
"""
import concurrent.futures
import difflib
import os
import re
import shlex
import shutil
import subprocess
import sys

# Seconds a program may run; slow builds (GC stress, sanitizers) raise it
# with GOLDEN_TIMEOUT.
TIMEOUT = float(os.environ.get("GOLDEN_TIMEOUT", "60"))
# Options for skein on every program (not for CPython): a build too slow
# for real-time sleeps (GC stress) runs with GOLDEN_OPTIONS=--virtual-time,
# under which what a program sees of time does not depend on its speed.
EXTRA_OPTIONS = os.environ.get("GOLDEN_OPTIONS", "")
# What a crash of the interpreter leaves on stderr: a sanitizer's report.
SANITIZER = re.compile(r"ERROR: (Address|Leak|Thread|Memory)Sanitizer|AddressSanitizer:DEADLYSIGNAL|"
                       r"^\S+:\d+:\d+: runtime error: ", re.M)
FRAME = re.compile(r'^(?P<pre>[ |]*)File "(?P<file>[^"]*)", line \d+(?:, in .*)?$')
ADDR = re.compile(r'0x[0-9a-fA-F]{8,}')


def directives(path):
    found = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for _, line in zip(range(5), f):
            m = re.match(r"#\s*pydiff:\s*(\w+)=(.*)$", line.strip())
            if m:
                found[m.group(1)] = m.group(2).strip()
            m = re.match(r"#\s*skein:\s*options=(.*)$", line.strip())
            if m:
                found["skein_options"] = m.group(1).strip()
            m = re.match(r"#\s*skein:\s*gc_stress_interval=(\d+)$", line.strip())
            if m:
                found["gc_stress_interval"] = m.group(1)
            m = re.match(r"#\s*golden:\s*module=(\S+)$", line.strip())
            if m:
                found["module"] = m.group(1)
    return found


def normalise(text, folder):
    """Applies the rules in the module docstring to one output stream."""
    prefix = os.path.realpath(folder) + os.sep
    text = text.replace(prefix, "")
    out, frame_pre, skipping = [], None, False
    for line in text.split("\n"):
        m = FRAME.match(line)
        if m:
            frame_pre = m.group("pre") + "  "
            skipping = os.path.isabs(m.group("file")) or m.group("file").startswith("<frozen")
            if not skipping:
                out.append(line)
            continue
        if frame_pre is not None and line.startswith(frame_pre) and line.strip():
            if not skipping:
                out.append(line)
            continue
        frame_pre, skipping = None, False
        out.append(line)
    return ADDR.sub("0xADDR", "\n".join(out))


def run_one(cmd, script, timeout=TIMEOUT, interp_options=True):
    d = directives(script)
    folder = os.path.dirname(os.path.abspath(script))
    args = shlex.split(d.get("args", ""))
    if interp_options:
        cmd = cmd + shlex.split(EXTRA_OPTIONS) + shlex.split(d.get("skein_options", ""))
    stdin = d.get("stdin", "").replace("\\n", "\n")
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONASYNCIODEBUG", None)
    if interp_options and "gc_stress_interval" in d:
        env["SKEIN_GC_STRESS_INTERVAL"] = d["gc_stress_interval"]
    try:
        target = ["-m", d["module"]] if "module" in d else [os.path.basename(script)]
        p = subprocess.run(cmd + target + args, cwd=folder,
                           input=stdin.encode(), capture_output=True, timeout=timeout, env=env)
        out = p.stdout.decode("utf-8", "replace")
        err = p.stderr.decode("utf-8", "replace")
        code = p.returncode
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        err, code = "(timed out after %ss)" % timeout, "timeout"
    return normalise(out, folder), normalise(err, folder), code


def expected_paths(script):
    base = script[:-3]
    return base + ".out", base + ".err", base + ".code"


def read_expected(script):
    po, pe, pc = expected_paths(script)
    if not os.path.exists(po):
        return None
    with open(po, encoding="utf-8", newline="") as f:
        out = f.read()
    err = ""
    if os.path.exists(pe):
        with open(pe, encoding="utf-8", newline="") as f:
            err = f.read()
    code = 0
    if os.path.exists(pc):
        with open(pc) as f:
            code = int(f.read().strip())
    return out, err, code


def collect(paths):
    scripts = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                # a folder with an __init__.py or named *_mod is a helper
                # package imported by tests, not a test itself
                dirs[:] = [d for d in dirs if not d.endswith("_mod")
                           and not os.path.exists(os.path.join(root, d, "__init__.py"))]
                for f in sorted(files):
                    if f.endswith(".py") and not f.endswith("_mod.py"):
                        scripts.append(os.path.join(root, f))
        else:
            scripts.append(p)
    return [s for s in scripts if "skip" not in directives(s)]


def diff(label, want, got):
    lines = list(difflib.unified_diff(want.split("\n"), got.split("\n"),
                                      "expected " + label, "actual " + label, lineterm="", n=2))
    if len(lines) > 60:
        lines = lines[:60] + ["... (%d more lines)" % (len(lines) - 60)]
    return "\n".join(lines)


REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def repo_relative(path):
    return os.path.relpath(os.path.abspath(path), REPO)


def read_known(path):
    known = set()
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    known.add(line)
    return known


def write_known(path, known, scripts, failing):
    """Replaces the entries for `scripts` with `failing`, keeps the rest."""
    ran = {repo_relative(s) for s in scripts}
    header = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            header = [line.rstrip("\n") for line in f if line.startswith("#")]
    entries = sorted((known - ran) | failing)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(header + entries) + "\n")


def cmd_run(interp, paths, known_path=None, update=False):
    scripts = collect(paths)
    cmd = shlex.split(interp)
    known = read_known(known_path)

    def check(script):
        want = read_expected(script)
        if want is None:
            return script, "no expected output: run scripts/regen-expected " + script
        got = run_one(cmd, script)
        problems = []
        if SANITIZER.search(got[1]) or (isinstance(got[2], int) and got[2] < 0 and got[2] != want[2]):
            # fails the run even for a known failure: a program may fail,
            # the interpreter may not crash
            problems.append("CRASH")
        if want[2] != got[2]:
            problems.append("exit status: expected %s, got %s" % (want[2], got[2]))
        if want[0] != got[0]:
            problems.append(diff("stdout", want[0], got[0]))
        if want[1] != got[1]:
            problems.append(diff("stderr", want[1], got[1]))
        return script, "\n".join(problems)

    failed = xfailed = xpassed = 0
    failing = set()
    workers = int(os.environ.get("GOLDEN_JOBS", "0")) or (os.cpu_count() or 2)
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        for script, problem in pool.map(check, scripts):
            rel = repo_relative(script)
            if problem:
                failing.add(rel)
            if rel in known and not update and not problem.startswith("CRASH"):
                if problem:
                    xfailed += 1
                else:
                    xpassed += 1
                    print("XPASS", script, "(passes now: remove it from %s)" % known_path)
                continue
            if problem:
                failed += 1
                print("FAIL", script)
                print(problem)
                print()
    if update:
        write_known(known_path, known, scripts, failing)
        print("%s: %d of these programs listed as failing" % (known_path, len(failing)))
        return 0
    passed = len(scripts) - failed - xfailed - xpassed
    print("%d passed, %d failed, %d known failures, %d unexpected passes"
          % (passed + xpassed, failed, xfailed, xpassed))
    return 1 if failed or xpassed else 0


def find_cpython():
    env = os.environ.get("SKEIN_CPYTHON")
    if env:
        return shlex.split(env)
    exe = shutil.which("python3.12")
    if exe:
        r = subprocess.run([exe, "-c", "import sys;print(sys.version_info[:2]==(3,12))"],
                           capture_output=True, text=True,
                           env=dict(os.environ, PYENV_VERSION=os.environ.get("PYENV_VERSION", "3.12.1")))
        if r.stdout.strip() == "True":
            return [exe]
    sys.exit("golden.py: CPython 3.12 not found (set SKEIN_CPYTHON)")


def cmd_regen(ref, paths):
    cmd = shlex.split(ref) if ref else find_cpython()
    os.environ.setdefault("PYENV_VERSION", "3.12.1")
    for script in collect(paths):
        out, err, code = run_one(cmd, script, interp_options=False)
        if code == "timeout":
            print("TIMEOUT (not written):", script)
            continue
        po, pe, pc = expected_paths(script)
        with open(po, "w", encoding="utf-8", newline="") as f:
            f.write(out)
        for path, content, present in ((pe, err, err != ""), (pc, "%d\n" % code, code != 0)):
            if present:
                with open(path, "w", encoding="utf-8", newline="") as f:
                    f.write(content)
            elif os.path.exists(path):
                os.remove(path)
        print("wrote", script)
    return 0


def main(argv):
    if len(argv) >= 3 and argv[1] == "run":
        rest = argv[2:]
        known, update = None, False
        while rest[:1] in (["--known"], ["--update-known"]):
            if rest[0] == "--known":
                known, rest = rest[1], rest[2:]
            else:
                update, rest = True, rest[1:]
        if update and not known:
            sys.exit("golden.py: --update-known needs --known FILE")
        return cmd_run(rest[0], rest[1:], known, update)
    if len(argv) >= 2 and argv[1] == "regen":
        rest = argv[2:]
        ref = None
        if rest[:1] == ["--ref"]:
            ref, rest = rest[1], rest[2:]
        return cmd_regen(ref, rest or ["tests/scripts"])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
