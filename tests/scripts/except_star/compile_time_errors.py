# except* rules the compiler enforces, shown through compile().
sources = {
    "mixing except and except*": (
        "try:\n"
        "    pass\n"
        "except ValueError:\n"
        "    pass\n"
        "except* TypeError:\n"
        "    pass\n"
    ),
    "mixing except* then except": (
        "try:\n"
        "    pass\n"
        "except* ValueError:\n"
        "    pass\n"
        "except TypeError:\n"
        "    pass\n"
    ),
    "break in except*": (
        "for i in range(3):\n"
        "    try:\n"
        "        pass\n"
        "    except* ValueError:\n"
        "        break\n"
    ),
    "continue in except*": (
        "for i in range(3):\n"
        "    try:\n"
        "        pass\n"
        "    except* ValueError:\n"
        "        continue\n"
    ),
    "return in except*": (
        "def f():\n"
        "    try:\n"
        "        pass\n"
        "    except* ValueError:\n"
        "        return 1\n"
    ),
    "bare except*": (
        "try:\n"
        "    pass\n"
        "except*:\n"
        "    pass\n"
    ),
    "loop inside except* may break": (
        "try:\n"
        "    pass\n"
        "except* ValueError:\n"
        "    for i in range(3):\n"
        "        break\n"
    ),
    "function inside except* may return": (
        "try:\n"
        "    pass\n"
        "except* ValueError:\n"
        "    def g():\n"
        "        return 1\n"
    ),
    "return in finally after except*": (
        "def f():\n"
        "    try:\n"
        "        pass\n"
        "    except* ValueError:\n"
        "        pass\n"
        "    finally:\n"
        "        return 2\n"
    ),
}
for label, src in sources.items():
    try:
        compile(src, "<test>", "exec")
    except SyntaxError as e:
        print(f"{label}: SyntaxError: {e.msg} (line {e.lineno})")
    else:
        print(f"{label}: compiles")
