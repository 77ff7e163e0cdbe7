# Where the compiler reports global/nonlocal conflicts, import * outside a module and two starred targets.
sources = {
 "import then global": "def f():\n    import os\n    global os\n",
 "from-import then global": "def f():\n    from os import path\n    global path\n",
 "use and assign then global": "def f():\n    x = 1\n    print(x)\n    global x\n",
 "assign+annot then global": "def f():\n    x: int = 1\n    global x\n",
 "param and use then global": "def f(x):\n    print(x)\n    global x\n",
 "nonlocal at module after assign": "x = 1\nnonlocal x\n",
 "nonlocal at module": "nonlocal x\n",
 "nonlocal in class at module": "class C:\n    nonlocal x\n",
 "global then nonlocal": "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
 "nonlocal then global": "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n",
 "two nonlocals no binding": "def f():\n    nonlocal y\n    nonlocal y\n",
 "nonlocal no binding second stmt": "def f():\n    pass\n    nonlocal y\n",
 "del then global": "def f():\n    del x\n    global x\n",
 "for then nonlocal": "def f():\n    x = 0\n    def g():\n        for x in []: pass\n        nonlocal x\n",
 "global twice": "def f():\n    global x\n    global x\n",
 "import star in def": "def f():\n    from math import *\n",
 "import star in class": "class C:\n    from math import *\n",
 "import star nested": "def f():\n    if 1:\n        from math import (sin,\n   cos)\n        from os import *\n",
 "two starred targets": "a, *b, *c = range(5)\n",
 "two starred list": "[a, *b, *c] = range(5)\n",
 "two starred nested": "x, (a, *b, *c) = 1, range(5)\n",
 "two starred for": "for a, *b, *c in []: pass\n",
 "starred alone": "*a = [1]\n",
 "starred alone for": "for *a in []: pass\n",
}
for label, src in sources.items():
    try:
        compile(src, "<source>", "exec")
        print(f"{label:28} compiled fine")
    except SyntaxError as e:
        print(f"{label:28} {type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset}, end {e.end_lineno} {e.end_offset})")
