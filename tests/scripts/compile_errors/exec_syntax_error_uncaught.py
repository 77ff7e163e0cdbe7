# A compile-time error inside exec() propagates as an ordinary exception with a traceback.
print("before exec")
source = "def f():\n    x = 1\n    global x\n"
exec(source)
