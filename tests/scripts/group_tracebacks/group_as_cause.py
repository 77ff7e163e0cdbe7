# A group as the __cause__ of a plain exception: the box is printed first,
# then "The above exception was the direct cause of the following exception".


def run_all():
    errors = []
    for name in ("alpha", "beta"):
        try:
            raise ConnectionError(f"{name} unreachable")
        except ConnectionError as e:
            errors.append(e)
    raise ExceptionGroup("backends", errors)


def main():
    try:
        run_all()
    except ExceptionGroup as eg:
        raise SystemError("no backend available") from eg


main()
