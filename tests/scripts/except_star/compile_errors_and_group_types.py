# except* compile errors: break/continue/return inside an except* block
# (also where there is no loop, and the position CPython reports), except
# mixed with except*, a bare except*; and the runtime TypeError for matching
# an exception group type.
srcs = [
    "try:\n    pass\nexcept* ValueError:\n    break\n",
    "for x in []:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "try:\n    pass\nexcept* (ValueError, TypeError) as e:\n    pass\n",
    "async def f():\n    try:\n        pass\n    except* ValueError:\n        await g()\n",
    "for x in []:\n    try:\n        pass\n    except* ValueError:\n        for y in []:\n            break\n",
]
for s in srcs:
    try:
        compile(s, "<test>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        pass
except TypeError as e:
    print("TypeError:", e)
