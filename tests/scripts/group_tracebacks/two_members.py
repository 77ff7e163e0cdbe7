# An uncaught group with two members: the box layout.


def parse(text):
    return int(text)


def lookup(table, key):
    return table[key]


def collect():
    errors = []
    try:
        parse("abc")
    except ValueError as e:
        errors.append(e)
    try:
        lookup({}, "missing")
    except KeyError as e:
        errors.append(e)
    raise ExceptionGroup("two failures", errors)


collect()
