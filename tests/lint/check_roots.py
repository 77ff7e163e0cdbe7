#!/usr/bin/env python3
"""Checks rule 5 of vm/gc.h: every C function that calls SK_ROOT opens
SK_ROOT_SCOPE first, so no root outlives the stack frame it points into.

    check_roots.py SOURCE_ROOT

A function that deliberately leaves its roots for its caller says so with
a comment containing "roots outlive this function" in its body.
"""
import glob
import os
import re
import sys


def functions(text):
    """Yields (name, first line number, body text) of each top-level function."""
    lines = text.split("\n")
    depth, start, name = 0, None, None
    for i, line in enumerate(lines):
        code = re.sub(r'"(\\.|[^"\\])*"', '""', line)
        code = re.sub(r"'(\\.|[^'\\])*'", "''", code)
        code = re.sub(r"//.*|/\*.*?\*/", "", code)
        if depth == 0 and code.rstrip().endswith("{") and "=" not in code.split("(")[0] \
                and not code.lstrip().startswith(("typedef", "struct", "enum", "union")):
            j = i
            while j >= 0 and not re.match(r"^[A-Za-z_][^(;]*\b(\w+)\(", lines[j]):
                j -= 1
            m = re.match(r"^[A-Za-z_][^(;]*?\b(\w+)\(", lines[j]) if j >= 0 else None
            start, name = i, (m.group(1) if m else "?")
        depth += code.count("{") - code.count("}")
        if start is not None and depth == 0:
            yield name, start + 1, "\n".join(lines[start + 1:i])
            start = None


def main(root):
    bad = []
    paths = []
    for sub in ("vm", "parser", "stdlib"):
        paths += sorted(glob.glob(os.path.join(root, sub, "*.c")))
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for name, line, body in functions(text):
            if "SK_ROOT(" in body and "SK_ROOT_SCOPE(" not in body \
                    and "roots outlive this function" not in body:
                bad.append("%s:%d: %s() calls SK_ROOT without SK_ROOT_SCOPE"
                           % (os.path.relpath(path, root), line, name))
    for b in bad:
        print(b)
    print("%d functions checked in %d files, %d problems" % (
        sum(1 for p in paths for _ in functions(open(p, encoding="utf-8").read())), len(paths), len(bad)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
