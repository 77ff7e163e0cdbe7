#!/usr/bin/env python3
"""Checks rule 5 of vm/gc.h: a root never outlives the variable it points at.

    check_roots.py SOURCE_ROOT

For every SK_ROOT(vm, x) in vm/, parser/ and stdlib/:
  - the block declaring x (the function body for parameters) opens
    SK_ROOT_SCOPE, so the root is popped when x's storage dies;
  - no block between that one and the SK_ROOT opens a scope of its own,
    which would pop the root while x is still in use (x is not mentioned
    after that block ends).
A function that deliberately leaves roots for its caller says so with a
comment containing "roots outlive this function" in its body.
"""
import glob
import os
import re
import sys

DECL = re.compile(r"^\s*(?:const\s+)?sk_value\s+(.*?);")
ROOT = re.compile(r"SK_ROOT\(\s*[^,]+,\s*([A-Za-z_]\w*)")


def strip(line):
    line = re.sub(r'"(\\.|[^"\\])*"', '""', line)
    line = re.sub(r"'(\\.|[^'\\])*'", "''", line)
    return re.sub(r"//.*|/\*.*?\*/", "", line)


def declared_names(code):
    m = DECL.match(code)
    if not m:
        return []
    names, depth, cur = [], 0, ""
    for ch in m.group(1) + ",":
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            n = re.match(r"\s*\**\s*([A-Za-z_]\w*)", cur)
            if n:
                names.append(n.group(1))
            cur = ""
        else:
            cur += ch
    return names


def used_after(lines, end, name):
    """Is `name` mentioned after line index `end`, up to the function's end?"""
    for line in lines[end + 1:]:
        if line.startswith("}"):
            return False
        if re.search(r"\b%s\b" % re.escape(name), strip(line)):
            return True
    return False


def check_file(path, rel, problems):
    lines = open(path, encoding="utf-8").read().split("\n")
    stack = None          # blocks of the current function: dicts
    func = None
    for i, raw in enumerate(lines):
        code = strip(raw)
        if stack is None:
            # a function body opens at depth 0 on the line that ends its
            # signature (which may be indented when it spans several lines)
            if code.rstrip().endswith("{") and (")" in code or not raw[:1].isspace()) \
                    and "(" in "".join(lines[max(0, i - 6):i + 1]) \
                    and not code.lstrip().startswith(("typedef", "struct", "enum", "union")) and "=" not in code:
                j = i
                while j >= 0 and not re.match(r"^[A-Za-z_][^(;]*\b(\w+)\(", lines[j]):
                    j -= 1
                m = re.match(r"^[A-Za-z_][^(;]*?\b(\w+)\(", lines[j]) if j >= 0 else None
                func = m.group(1) if m else "?"
                sig = " ".join(lines[j:i + 1])
                params = set(re.findall(r"sk_value\s+\**(\w+)", sig))
                stack = [{"vars": params, "scope": False, "line": i + 1, "exempt": False}]
            continue
        body_line = code
        if "roots outlive this function" in raw:
            stack[0]["exempt"] = True
        # declarations and scopes belong to the innermost open block
        for name in declared_names(body_line):
            stack[-1]["vars"].add(name)
        if "SK_ROOT_SCOPE(" in body_line:
            stack[-1]["scope"] = True
        for m in ROOT.finditer(body_line):
            x = m.group(1)
            level = next((k for k in range(len(stack) - 1, -1, -1) if x in stack[k]["vars"]), 0)
            if stack[0]["exempt"]:
                continue
            if not stack[level]["scope"]:
                problems.append("%s:%d: %s(): SK_ROOT(%s) but the block declaring %s (line %d) opens no SK_ROOT_SCOPE"
                                % (rel, i + 1, func, x, x, stack[level]["line"]))
            for k in range(level + 1, len(stack)):
                if stack[k]["scope"]:
                    stack[k].setdefault("outer_roots", []).append((x, i + 1))
        for ch in body_line:
            if ch == "{":
                stack.append({"vars": set(), "scope": False, "line": i + 1, "exempt": False})
            elif ch == "}":
                block = stack.pop()
                for x, at in block.get("outer_roots", []):
                    if used_after(lines, i, x):
                        problems.append("%s:%d: %s(): SK_ROOT(%s) inside a block with its own SK_ROOT_SCOPE "
                                        "(line %d), which pops it while %s is still used after the block"
                                        % (rel, at, func, x, block["line"], x))
                if not stack:
                    break
        if not stack:
            stack = None


def main(root):
    problems = []
    paths = []
    for sub in ("vm", "parser", "stdlib"):
        paths += sorted(glob.glob(os.path.join(root, sub, "*.c")))
    for path in paths:
        check_file(path, os.path.relpath(path, root), problems)
    for p in problems:
        print(p)
    print("%d files checked, %d problems" % (len(paths), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
