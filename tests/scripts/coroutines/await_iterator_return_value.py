# next() and __next__() on a generator or on coroutine.__await__() raise
# StopIteration carrying the return value.
def g():
    yield 1
    return 5
it = g(); next(it)
try: it.__next__()
except StopIteration as e: print("gen __next__", e.value)
async def c(): return "done"
w = c().__await__()
try: w.__next__()
except StopIteration as e: print("wrapper __next__", e.value)
w = c().__await__()
try: next(w)
except StopIteration as e: print("wrapper next", e.value)
w = c().__await__()
try: w.send(None)
except StopIteration as e: print("wrapper send", e.value)
