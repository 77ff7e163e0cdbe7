#!/usr/bin/env python3
"""run_cases.py SKEIN_AST CASES_DIR: parses each CASES_DIR/NAME.py with
skein-ast --attrs (mode from a first line "# mode: eval|single") and
compares the dump with NAME.ast, which tests/parser/regen wrote from
CPython 3.12. Prints a diff for each mismatch and "N passed, N failed"."""
import os
import subprocess
import sys


def main(argv):
    skein, folder = argv[1], argv[2]
    names = sorted(f for f in os.listdir(folder) if f.endswith(".py"))
    failed = 0
    for name in names:
        path = os.path.join(folder, name)
        with open(path, "rb") as f:
            first = f.read().split(b"\n", 1)[0].decode("utf-8", "replace")
        mode = first.split("mode:", 1)[1].strip() if first.startswith("# mode:") else "exec"
        exp_path = path[:-3] + ".ast"
        if not os.path.exists(exp_path):
            print("FAIL", name, "(no expected dump: run tests/parser/regen)")
            failed += 1
            continue
        with open(exp_path, encoding="utf-8") as f:
            want = f.read()
        p = subprocess.run([skein, "--attrs", "--mode", mode, path], capture_output=True)
        got = p.stdout.decode("utf-8", "replace")
        if p.returncode != 0 or got != want:
            failed += 1
            print("FAIL", name)
            if p.returncode != 0:
                print(p.stderr.decode("utf-8", "replace"))
            else:
                i = next((k for k in range(min(len(got), len(want))) if got[k] != want[k]),
                         min(len(got), len(want)))
                print("  first difference at character %d" % i)
                print("  want: ...%s..." % want[max(0, i - 200):i + 200])
                print("  got:  ...%s..." % got[max(0, i - 200):i + 200])
    print("%d passed, %d failed" % (len(names) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
