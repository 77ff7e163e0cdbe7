# Left-to-right evaluation order in calls, displays, assignments and operators.
log = []
def t(name, value=None):
    log.append(name)
    return name if value is None else value
def show(label):
    print(label, log)
    log.clear()
t("a") + t("b") * t("c", 2)
show("binary ops:")
def f(*args, **kwargs):
    return None
f(t("p1"), t("p2"), k=t("kw"), *[t("star")], **{t("dstar"): 1})
show("call args:")
{t("k1"): t("v1"), t("k2"): t("v2")}
show("dict display:")
[t("l1"), t("l2"), *t("s", [t("inner")])]
show("list display:")
d = {}
d[t("key")] = t("value")
show("subscript assignment:")
class O: pass
o = O()
o.attr = t("rhs")
show("attr assignment:")
x, y = t("first"), t("second")
show("tuple assignment:")
t("cond", True) and t("rhs_and")
show("and:")
t("cond", 0) or t("rhs_or")
show("or:")
t("yes") if t("test", True) else t("no")
show("conditional:")
ob = t("obj", O())
ob.m = t("method_val", lambda *a: None)
t("obj", ob).m(t("arg"))
show("method call:")
dd = {"k": [0, 0]}
t("container", dd)[t("key", "k")][t("idx", 0)] = t("value")
show("nested subscript:")
z = t("z", [0])
z[0] += t("inc", 1)
show("augmented:")
print(z)
a = b = t("chained", [1])
print(a is b)
show("chained:")
[t(c) for c in "xyz"]
show("comprehension:")
t("l", 1) < t("m", 2) < t("r", 3)
show("comparison:")
print(t("arg1"), t("arg2"), sep=t("sep", "-"))
show("print args:")
