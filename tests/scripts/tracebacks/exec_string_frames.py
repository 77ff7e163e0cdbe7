# Errors in code run by exec/eval show "<string>" frames without source lines.
code = "def f(x):\n    return x['missing']\n"
namespace = {}
exec(code, namespace)
print(eval("1 + 2"))
eval("f({})", namespace)
