# The gc module's switches and queries: enable/disable, thresholds,
# is_tracked, collect's argument checking, get_count and get_stats shapes.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
old = gc.get_threshold()
print(old, type(old).__name__)
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(800, 20, 30)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
for bad in [lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.set_threshold(), lambda: gc.set_threshold(1.5),
            lambda: gc.collect("x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for gen in (0, 1, 2):
    print(gen, type(gc.collect(gen)).__name__, type(gc.collect(generation=gen)).__name__)


class Plain:
    pass


print(gc.is_tracked(0), gc.is_tracked(1.5), gc.is_tracked("text"), gc.is_tracked(b"b"), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked(Plain()), gc.is_tracked({}), gc.is_tracked({"k": 1}), gc.is_tracked({"k": []}))
print(gc.is_tracked(Plain), gc.is_tracked(lambda: 0))
count = gc.get_count()
print(type(count).__name__, len(count), all(isinstance(c, int) for c in count))
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(gc.garbage, gc.callbacks, gc.DEBUG_STATS, gc.DEBUG_LEAK, gc.get_debug())
print(gc.is_finalized(Plain()))
