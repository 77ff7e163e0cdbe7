# AttributeError/TypeError when reading, setting or deleting attributes of builtin objects.
cases = [
    ("(1).real = 5", "set int.real"), ("'s'.upper = None", "set str method"), ("[].x = 1", "new attr on list"),
    ("del [].append", "del list method"), ("None.x", "attr of None"), ("(1.5).is_integer.x", "attr of method"),
    ("len.__name__ = 'l'", "set builtin __name__"), ("object().__dict__", "object __dict__"),
    ("(lambda: 0).__code__ = 5", "set __code__"), ("int.__dict__['x'] = 1", "mappingproxy item"),
    ("type.__name__", "type name ok"), ("str.x = 1", "set attr on str type"), ("del str.upper", "del str method"),
    ("(1).__class__ = float", "set int class"), ("sum.__self__.x", "builtins module attr"),
    ("range(3).start = 1", "set range start"), ("slice(1).stop = 2", "set slice stop"),
    ("(1 + 2j).real = 0", "set complex real"), ("Exception().args = 5", "set args to int"),
    ("KeyError().x", "missing attr on exception"),
]
for stmt, label in cases:
    try:
        exec(stmt, {})
        print(f"{label:25} OK")
    except (AttributeError, TypeError) as e:
        print(f"{label:25} {type(e).__name__}: {e}")
