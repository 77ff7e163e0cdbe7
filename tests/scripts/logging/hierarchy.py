# Logger hierarchy: parents found by dotted name (also for loggers made
# before their ancestors), effective levels, propagation, handlers on
# several levels, getChild, reprs.
import logging
import sys

leaf = logging.getLogger("a.b.c")
print(leaf.parent is logging.root)
mid = logging.getLogger("a.b")
print(leaf.parent is mid, mid.parent is logging.root)
top = logging.getLogger("a")
print(mid.parent is top, leaf.parent is mid, top.parent is logging.root)
print(logging.getLogger("a.b") is mid, logging.getLogger() is logging.root,
      logging.getLogger("root") is logging.root)
print(top.getChild("b") is mid, top.getChild("b.c") is leaf)
print(sorted(c.name for c in top.getChildren()))
print(repr(leaf), repr(logging.root))

top.setLevel(logging.INFO)
print(leaf.getEffectiveLevel(), leaf.isEnabledFor(logging.DEBUG), leaf.isEnabledFor(logging.INFO))
mid.setLevel("ERROR")
print(leaf.getEffectiveLevel(), repr(leaf))

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("top   %(name)s %(levelname)s %(message)s"))
top.addHandler(out)
midh = logging.StreamHandler(sys.stdout)
midh.setFormatter(logging.Formatter("mid   %(name)s %(levelname)s %(message)s"))
midh.setLevel(logging.CRITICAL)
mid.addHandler(midh)
print(repr(out), repr(midh))

leaf.error("error reaches top only")
leaf.critical("critical reaches both")
leaf.warning("warning is below mid's level")
mid.propagate = False
leaf.critical("not propagated past mid")
mid.propagate = True
mid.removeHandler(midh)
leaf.error("handler removed")

rootout = logging.StreamHandler(sys.stdout)
rootout.setFormatter(logging.Formatter("root  %(name)s %(message)s"))
logging.root.addHandler(rootout)
logging.getLogger("other").warning("other reaches root")
top.error("top reaches root too")
print(leaf.hasHandlers(), logging.getLogger("z").hasHandlers())

logging.disable(logging.ERROR)
top.error("disabled")
top.critical("above disable")
logging.disable(logging.NOTSET)
top.error("enabled again")
top.disabled = True
top.critical("logger disabled")
top.disabled = False

for bad in [None, 3.5]:
    try:
        logging.getLogger().setLevel(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    logging.getLogger(5)
except TypeError as e:
    print(e)
try:
    top.log("ERROR", "x")
except TypeError as e:
    print(e)
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(15))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))
top.setLevel(15)
top.log(15, "verbose level")
print(logging.getLevelNamesMapping()["VERBOSE"])
