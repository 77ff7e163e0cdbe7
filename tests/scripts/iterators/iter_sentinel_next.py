# iter(callable, sentinel), next with default, manual iteration of files of data.
data = [1, 2, 3, 0, 4, 5]
pos = -1
def reader():
    global pos
    pos += 1
    return data[pos]
print(list(iter(reader, 0)))
print(data[pos + 1:])
count = 0
def counter():
    global count
    count += 1
    return count
it = iter(counter, 5)
print(list(it), list(it))
chunks = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(chunks), "")))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError", e)
def raises():
    raise StopIteration
print(list(iter(raises, None)))
it = iter([1])
print(next(it, None), next(it, None), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
callable_iter = iter(int, 1)
print(type(callable_iter).__name__, next(callable_iter), next(callable_iter))
