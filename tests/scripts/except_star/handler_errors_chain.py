# A handler raising while handling: the group it raised is chained to the
# matched part, and later handlers still run.
order = []
try:
    try:
        raise ExceptionGroup("g", [ValueError("v"), TypeError("t"), KeyError("k")])
    except* ValueError as eg:
        order.append("V")
        1 / 0
    except* TypeError as eg:
        order.append("T")
        [][1]
    except* KeyError as eg:
        order.append("K")
except ExceptionGroup as e:
    print("order:", order)
    print("result:", repr(e))
    for sub in e.exceptions:
        print(" ", type(sub).__name__, "context:", repr(sub.__context__))
