"""copyreg: the helpers pickle and copy rebuild objects with, and the
generic object protocol behind object.__reduce_ex__, object.__reduce__ and
object.__getstate__ (vm/type.c calls _object_reduce and _object_getstate).

An instance of a class written in Python is rebuilt from its class alone:
with protocol 2 and later (copy uses 4) as cls.__new__(cls, *newargs)
(__newobj__), then given its state (its __dict__, and its __slots__
values); with protocols 0 and 1 through the nearest built-in base class
(_reconstructor).
"""

__all__ = ["pickle", "constructor", "dispatch_table"]

# type -> function returning what __reduce__ would: consulted by pickle
dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers pickle_function as the reduction of ob_type's instances."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases, private ones
    mangled, without __dict__ and __weakref__; cached on the class."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__")
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = klass.__name__.lstrip("_")
                name = "_%s%s" % (stripped, name) if stripped else name
            names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass  # a class that takes no attributes: computed each time
    return names


def _object_getstate(obj):
    """object.__getstate__(): the instance's __dict__ (None when empty),
    paired with a dict of its set __slots__ when it has any."""
    state = getattr(obj, "__dict__", None) or None
    slots = {}
    for name in _slotnames(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    return (state, slots) if slots else state


def _object_reduce(obj, protocol, native_base):
    """object.__reduce_ex__(protocol) for a class that keeps object's
    __reduce__; native_base is the first built-in class in its MRO."""
    cls = type(obj)
    if protocol >= 2:
        kwargs = None
        getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
        if getnewargs_ex is not None:
            args, kwargs = getnewargs_ex()
            if not isinstance(args, tuple):
                raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not %s"
                                % type(args).__name__)
            if not isinstance(kwargs, dict):
                raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not %s"
                                % type(kwargs).__name__)
        else:
            getnewargs = getattr(obj, "__getnewargs__", None)
            args = getnewargs() if getnewargs is not None else ()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
        state = obj.__getstate__()
        listitems = iter(obj) if isinstance(obj, list) else None
        dictitems = iter(obj.items()) if isinstance(obj, dict) else None
        if kwargs:
            return __newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
        return __newobj__, (cls,) + args, state, listitems, dictitems
    # protocols 0 and 1: the nearest built-in base rebuilds the value part
    if native_base is object:
        base_state = None
    elif native_base is cls:
        raise TypeError("cannot pickle %r object" % cls.__name__)
    else:
        base_state = native_base(obj)
    args = (cls, native_base, base_state)
    if type(obj).__getstate__ is object.__getstate__ and _slotnames(cls):
        raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
    state = obj.__getstate__()
    return (_reconstructor, args, state) if state else (_reconstructor, args)
