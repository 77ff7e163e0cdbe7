# StopIteration escaping to the top level from next() on an exhausted iterator.
it = iter([1])
print(next(it))
print(next(it))
