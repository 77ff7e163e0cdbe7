# Errors the compiler reports (not the parser), caught from compile(): message, line and offset.
sources = {
    "return at module": "x = 1\nreturn x\n",
    "return in class": "class C:\n    return 1\n",
    "break at module": "break\n",
    "break in function": "def f():\n    break\n",
    "break in nested def": "for i in range(3):\n    def f():\n        break\n",
    "continue at module": "if True:\n    continue\n",
    "continue in class in loop": "while True:\n    class C:\n        continue\n",
    "yield at module": "yield 1\n",
    "yield from at module": "x = yield from []\n",
    "yield in class": "class C:\n    yield\n",
    "await at module": "await something\n",
    "await in plain def": "def f():\n    await g()\n",
    "global after use": "def f():\n    print(x)\n    global x\n",
    "global after assign": "def f():\n    x = 1\n    global x\n",
    "nonlocal at module": "nonlocal x\n",
    "nonlocal no binding": "def f():\n    nonlocal x\n",
    "nonlocal to global only": "x = 1\ndef f():\n    nonlocal x\n",
    "nonlocal after use": "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "param and global": "def f(x):\n    global x\n",
    "param and nonlocal": "def f():\n    x = 1\n    def g(x):\n        nonlocal x\n",
    "nonlocal and global": "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "annotated global": "def f():\n    global x\n    x: int = 1\n",
    "import star in def": "def f():\n    from math import *\n",
    "duplicate argument": "def f(a, a):\n    pass\n",
    "duplicate kw argument": "def f(a, *, a):\n    pass\n",
    "two starred targets": "a, *b, *c = range(5)\n",
    "starred alone": "*a = [1]\n",
    "yield in comprehension": "def f():\n    return [(yield x) for x in range(3)]\n",
    "yield in genexp": "def f():\n    return list((yield x) for x in range(3))\n",
    "walrus iteration var": "[i := 0 for i in range(3)]\n",
    "walrus in class comp": "class C:\n    [(y := 1) for x in range(3)]\n",
    "return with value in gen ok": "def f():\n    yield 1\n    return 2\n",
    "fine nonlocal": "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n",
}
for label, src in sources.items():
    try:
        compile(src, "<source>", "exec")
        print(f"{label:28} compiled fine")
    except SyntaxError as e:
        print(f"{label:28} {type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset}) text={e.text!r}")
