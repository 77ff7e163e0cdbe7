#!/usr/bin/env python3
"""Checks the modules in stdlib/ against CPython 3.12.

    run.py [CASE.py ...]     run each case under CPython's own modules and
                             under ours; their outputs must be identical
                             (default: every file in cases/)
    run.py --golden [AREA ...]  run tests/scripts/AREA/*.py under our
                             modules and compare with the stored outputs
"""
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PY = os.environ.get('PY312', 'python3.12')
SHIM = os.path.join(HERE, 'shim.py')
sys.path.insert(0, os.path.join(ROOT, 'tests'))
import golden  # noqa: E402


def run(cmd, script):
    folder = os.path.dirname(os.path.abspath(script))
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONDONTWRITEBYTECODE='1',
               PYENV_VERSION=os.environ.get('PYENV_VERSION', '3.12.1'))
    try:
        p = subprocess.run(cmd + [os.path.basename(script)], cwd=folder, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=60, env=env)
        out, err, code = p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace'), p.returncode
    except subprocess.TimeoutExpired:
        out, err, code = '', 'TIMEOUT', -1
    return golden.normalise(out, folder), golden.normalise(err, folder), code


def show_diff(name, a, b):
    import difflib
    lines = list(difflib.unified_diff(a.splitlines(True), b.splitlines(True),
                                      'cpython/' + name, 'ours/' + name, n=2))
    sys.stdout.writelines(lines[:60])
    print()


def main(argv):
    golden_mode = argv[:1] == ['--golden']
    if golden_mode:
        areas = argv[1:] or ['functools', 'itertools', 'collections', 'contextlib',
                             'dataclasses', 'typing', 'enum']
        cases = []
        for a in areas:
            cases += sorted(glob.glob(os.path.join(ROOT, 'tests', 'scripts', a, '*.py')))
    else:
        cases = argv or sorted(glob.glob(os.path.join(HERE, 'cases', '*.py')))
    failed = []
    for case in cases:
        name = os.path.relpath(case, ROOT)
        if golden_mode:
            base = case[:-3]
            def read(ext, default=''):
                try:
                    with open(base + ext, encoding='utf-8') as f:
                        return f.read()
                except OSError:
                    return default
            want = (golden.normalise(read('.out'), os.path.dirname(case)),
                    golden.normalise(read('.err'), os.path.dirname(case)), int(read('.code', '0') or 0))
        else:
            want = run([PY, '-I', '-S'], case)
        got = run([PY, '-I', '-S', SHIM], case)
        if want != got:
            failed.append(name)
            print('FAIL', name)
            show_diff(name + ' (stdout)', want[0], got[0]) if want[0] != got[0] else None
            show_diff(name + ' (stderr)', want[1], got[1]) if want[1] != got[1] else None
            if want[2] != got[2]:
                print('  exit status', want[2], '!=', got[2])
    print(f'{len(cases) - len(failed)}/{len(cases)} passed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
