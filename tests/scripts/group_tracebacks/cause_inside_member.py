# A member with an explicit cause: the chain is printed inside the member's
# box, with the cause first.


class ConfigError(Exception):
    pass


def read_port(raw):
    try:
        return int(raw)
    except ValueError as e:
        raise ConfigError(f"bad port {raw!r}") from e


def main():
    errs = []
    for raw in ("80", "http", "x"):
        try:
            read_port(raw)
        except ConfigError as e:
            errs.append(e)
    raise ExceptionGroup("config invalid", errs)


main()
