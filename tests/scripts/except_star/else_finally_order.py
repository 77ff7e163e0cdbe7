# Order of try body, except* handlers, else and finally.


def run(exc):
    log = []
    try:
        try:
            log.append("body")
            if exc is not None:
                raise exc
        except* ValueError:
            log.append("handler ValueError")
        except* TypeError:
            log.append("handler TypeError")
        else:
            log.append("else")
        finally:
            log.append("finally")
    except BaseException as e:
        log.append(f"escaped {e!r}")
    print(log)


run(None)
run(ValueError())
run(ExceptionGroup("g", [TypeError(), ValueError()]))
run(ExceptionGroup("g", [TypeError(), KeyError()]))
run(KeyError("k"))


def finally_overrides():
    try:
        raise ExceptionGroup("g", [KeyError()])
    except* ValueError:
        pass
    finally:
        return "finally returned; group dropped"


print(finally_overrides())


def return_after():
    try:
        raise ValueError(1)
    except* ValueError:
        result = "set in handler"
    return result


print(return_after())
