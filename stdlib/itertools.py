"""Functions creating iterators for efficient looping."""

__all__ = ['accumulate', 'batched', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
           'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']


def _iter_self(self):
    return self


def _next_from_gen(self):
    return next(self._gen)


def _index(x):
    try:
        method = type(x).__index__
    except AttributeError:
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer") from None
    return method(x)


def _nargs(name, args, low, high):
    n = len(args)
    if low == high and n != low:
        raise TypeError(f"{name} expected {low} argument{'s' if low != 1 else ''}, got {n}")
    if n < low:
        raise TypeError(f'{name} expected at least {low} arguments, got {n}')
    if n > high:
        raise TypeError(f'{name} expected at most {high} arguments, got {n}')


def _no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError(f'{name}() takes no keyword arguments')


def _args(name, args, kwargs, names):
    # Argument parsing with the messages of the built-in type constructors.
    if len(args) > len(names):
        raise TypeError(f'{name}() takes at most {len(names)} arguments ({len(args)} given)')
    values = list(args)
    for i, arg in enumerate(names[len(args):], len(args)):
        if arg in kwargs:
            values.append(kwargs.pop(arg))
        else:
            raise TypeError(f"{name}() missing required argument '{arg}' (pos {i + 1})")
    if kwargs:
        key = next(iter(kwargs))
        if key in names:
            raise TypeError(f"argument for {name}() given by name ('{key}') and position "
                            f"({names.index(key) + 1})")
        raise TypeError(f"{name}() got an unexpected keyword argument '{key}'")
    return values


def _is_number(x):
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__float__') or hasattr(t, '__int__')
            or hasattr(t, '__complex__') or isinstance(x, complex))


class count:
    """Return a count object whose .__next__() method returns consecutive values."""
    __slots__ = ('_cnt', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    __iter__ = _iter_self

    def __next__(self):
        value = self._cnt
        self._cnt = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if type(step) is int and step == 1:
            return f'{name}({self._cnt!r})'
        return f'{name}({self._cnt!r}, {step!r})'

    def __reduce__(self):
        if type(self._step) is int and self._step == 1:
            return type(self), (self._cnt,)
        return type(self), (self._cnt, self._step)


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat
    the sequence indefinitely."""
    __slots__ = ('_gen',)

    def __init__(self, *args, **kwargs):
        _no_kwargs('cycle', kwargs)
        _nargs('cycle', args, 1, 1)
        self._gen = self._run(iter(args[0]))

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            yield from saved

    __iter__ = _iter_self
    __next__ = _next_from_gen


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""
    __slots__ = ('_obj', '_times')

    def __init__(self, *args, **kwargs):
        if len(args) < 2 and 'times' not in kwargs:
            kwargs['times'] = None
        object, times = _args('repeat', args, kwargs, ('object', 'times'))
        self._obj = object
        if times is not None:
            times = _index(times)
            if times < 0:
                times = 0
        self._times = times

    __iter__ = _iter_self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times > 0:
            self._times -= 1
            return self._obj
        raise StopIteration

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        name = type(self).__name__
        if self._times is None:
            return f'{name}({self._obj!r})'
        return f'{name}({self._obj!r}, {self._times})'

    def __reduce__(self):
        if self._times is None:
            return type(self), (self._obj,)
        return type(self), (self._obj, self._times)


def _add(a, b):
    return a + b


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ('_gen',)

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func if func is not None else _add, initial)

    @staticmethod
    def _run(it, func, total):
        if total is None:
            for total in it:
                break
            else:
                return
        yield total
        for element in it:
            total = func(total, element)
            yield total

    __iter__ = _iter_self
    __next__ = _next_from_gen


class chain:
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""
    __slots__ = ('_gen',)

    def __init__(self, *iterables, **kwargs):
        _no_kwargs('chain', kwargs)
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(sources):
        for source in sources:
            yield from iter(source)

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument
        that evaluates lazily."""
        self = cls.__new__(cls)
        self._gen = cls._run(iter(iterable))
        return self

    __iter__ = _iter_self
    __next__ = _next_from_gen


class compress:
    """Return data elements corresponding to true selector elements."""
    __slots__ = ('_gen',)

    def __init__(self, *args, **kwargs):
        data, selectors = _args('compress', args, kwargs, ('data', 'selectors'))
        self._gen = self._run(iter(data), iter(selectors))

    @staticmethod
    def _run(data, selectors):
        for d, s in zip(data, selectors):
            if s:
                yield d

    __iter__ = _iter_self
    __next__ = _next_from_gen


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""
    __slots__ = ('_gen',)

    def __init__(self, *args, **kwargs):
        _no_kwargs('dropwhile', kwargs)
        _nargs('dropwhile', args, 2, 2)
        self._gen = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it

    __iter__ = _iter_self
    __next__ = _next_from_gen


class takewhile:
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""
    __slots__ = ('_gen',)

    def __init__(self, *args, **kwargs):
        _no_kwargs('takewhile', kwargs)
        _nargs('takewhile', args, 2, 2)
        self._gen = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if predicate(x):
                yield x
            else:
                break

    __iter__ = _iter_self
    __next__ = _next_from_gen


class filterfalse:
    """Return those items of iterable for which function(item) is false.
    If function is None, return the items that are false."""
    __slots__ = ('_gen',)

    def __init__(self, *args, **kwargs):
        _no_kwargs('filterfalse', kwargs)
        _nargs('filterfalse', args, 2, 2)
        self._gen = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(predicate, it):
        if predicate is None:
            predicate = bool
        for x in it:
            if not predicate(x):
                yield x

    __iter__ = _iter_self
    __next__ = _next_from_gen


_EMPTY = object()


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_current')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _EMPTY
        self._current = None

    __iter__ = _iter_self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._current = None
        while True:
            if self._currkey is _EMPTY:
                pass
            elif self._tgtkey is _EMPTY:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._current = grouper
        return self._currkey, grouper


class _grouper:
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    __iter__ = _iter_self

    def __next__(self):
        parent = self._parent
        if parent._current is not self:
            raise StopIteration
        if parent._currvalue is _EMPTY:
            parent._step()
        if not (self._tgtkey == parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _EMPTY
        return value


_MAXSIZE = (1 << 63) - 1


class islice:
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""
    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')

    def __init__(self, *args, **kwargs):
        _no_kwargs('islice', kwargs)
        _nargs('islice', args, 2, 4)
        iterable = args[0]
        start, step = 0, 1
        if len(args) == 2:
            stop = args[1]
            if stop is not None:
                stop = self._as_index(stop)
                if stop is None or stop < 0:
                    raise ValueError('Stop argument for islice() must be None or an integer: '
                                     '0 <= x <= sys.maxsize.')
        else:
            start, stop = args[1], args[2]
            if len(args) == 4:
                step = args[3]
            if start is not None:
                start = self._as_index(start)
                if start is None or start < 0:
                    start = -1
            else:
                start = 0
            if stop is not None:
                stop = self._as_index(stop)
                if stop is None or stop < 0:
                    raise ValueError('Stop argument for islice() must be None or an integer: '
                                     '0 <= x <= sys.maxsize.')
            if start == -1:
                raise ValueError('Indices for islice() must be None or an integer: '
                                 '0 <= x <= sys.maxsize.')
        if step is not None:
            step = self._as_index(step)
            if step is None:
                step = -1
        else:
            step = 1
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    @staticmethod
    def _as_index(x):
        try:
            return _index(x)
        except TypeError:
            return None

    __iter__ = _iter_self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop is not None and self._cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""
    __slots__ = ('_gen',)

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        for a in it:
            break
        else:
            return
        for b in it:
            yield a, b
            a = b

    __iter__ = _iter_self
    __next__ = _next_from_gen


class starmap:
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""
    __slots__ = ('_gen',)

    def __init__(self, function, iterable, /):
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        for args in it:
            yield function(*(args if type(args) is tuple else tuple(args)))

    __iter__ = _iter_self
    __next__ = _next_from_gen


class _tee:
    """Iterator wrapped to make it copyable."""
    __slots__ = ('_it', '_link', '__weakref__')

    def __new__(cls, iterable, /):
        it = iter(iterable)
        if isinstance(it, _tee):
            return it.__copy__()
        self = object.__new__(cls)
        self._it = it
        # A link is [value, next_link]; the last link of the chain is empty.
        self._link = [None, None]
        return self

    __iter__ = _iter_self

    def __next__(self):
        link = self._link
        if link[1] is None:
            value = next(self._it)
            if link[1] is None:
                link[0] = value
                link[1] = [None, None]
        self._link = link[1]
        return link[0]

    def __copy__(self):
        new = object.__new__(type(self))
        new._it = self._it
        new._link = self._link
        return new


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copy = getattr(it, '__copy__', None)
    if copy is None:
        it = _tee(it)
        copy = it.__copy__
    return (it,) + tuple(copy() for _ in range(n - 1))


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument."""
    __slots__ = ('_gen',)

    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if list(kwargs) != ['fillvalue']:
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = kwargs['fillvalue']
        self._gen = self._run([iter(x) for x in iterables], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        active = len(iterators)
        if not active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                if it is None:
                    values.append(fillvalue)
                    continue
                try:
                    values.append(next(it))
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = None
                    values.append(fillvalue)
            yield tuple(values)

    __iter__ = _iter_self
    __next__ = _next_from_gen


class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    __slots__ = ('_gen',)

    def __init__(self, *iterables, repeat=1):
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(x) for x in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        if any(not p for p in pools):
            return
        n = len(pools)
        indices = [0] * n
        yield tuple(p[0] for p in pools)
        while True:
            i = n - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                return
            yield tuple(pools[k][indices[k]] for k in range(n))

    __iter__ = _iter_self
    __next__ = _next_from_gen


def _check_r(r, required=True):
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations:
    """Return successive r-length permutations of elements in the iterable."""
    __slots__ = ('_gen',)

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            if not isinstance(r, int):
                raise TypeError('Expected int as r')
            if r < 0:
                raise ValueError('r must be non-negative')
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        current = list(range(r))
        used = [False] * n
        for i in current:
            used[i] = True
        yield tuple(pool[i] for i in current)
        while True:
            # Find the rightmost position that can take a larger unused index.
            i = r - 1
            while i >= 0:
                used[current[i]] = False
                candidate = current[i] + 1
                while candidate < n and used[candidate]:
                    candidate += 1
                if candidate < n:
                    current[i] = candidate
                    used[candidate] = True
                    break
                i -= 1
            if i < 0:
                return
            # Fill the tail with the smallest unused indices, ascending.
            candidate = 0
            for j in range(i + 1, r):
                while used[candidate]:
                    candidate += 1
                current[j] = candidate
                used[candidate] = True
            yield tuple(pool[k] for k in current)

    __iter__ = _iter_self
    __next__ = _next_from_gen


class combinations:
    """Return successive r-length combinations of elements in the iterable."""
    __slots__ = ('_gen',)

    def __init__(self, *args, **kwargs):
        iterable, r = _args('combinations', args, kwargs, ('iterable', 'r'))
        pool = tuple(iterable)
        r = _check_r(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            i = r - 1
            while i >= 0 and indices[i] == i + n - r:
                i -= 1
            if i < 0:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[k] for k in indices)

    __iter__ = _iter_self
    __next__ = _next_from_gen


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""
    __slots__ = ('_gen',)

    def __init__(self, *args, **kwargs):
        iterable, r = _args('combinations_with_replacement', args, kwargs, ('iterable', 'r'))
        pool = tuple(iterable)
        r = _check_r(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            i = r - 1
            while i >= 0 and indices[i] == n - 1:
                i -= 1
            if i < 0:
                return
            value = indices[i] + 1
            for j in range(i, r):
                indices[j] = value
            yield tuple(pool[k] for k in indices)

    __iter__ = _iter_self
    __next__ = _next_from_gen


class batched:
    """Batch data into tuples of length n. The last batch may be shorter."""
    __slots__ = ('_gen',)

    def __init__(self, *args, **kwargs):
        iterable, n = _args('batched', args, kwargs, ('iterable', 'n'))
        n = _index(n)
        if n < 1:
            raise ValueError('n must be at least one')
        self._gen = self._run(iter(iterable), n)

    @staticmethod
    def _run(it, n):
        while True:
            batch = []
            for item in it:
                batch.append(item)
                if len(batch) == n:
                    break
            if not batch:
                return
            yield tuple(batch)
            if len(batch) < n:
                return

    __iter__ = _iter_self
    __next__ = _next_from_gen


for _cls in (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
             filterfalse, groupby, _grouper, islice, pairwise, starmap, _tee, zip_longest,
             product, permutations, combinations, combinations_with_replacement, batched):
    _cls.__module__ = 'itertools'
del _cls
