# A group raised `from` another exception, while handling a third: the
# cause chain is printed before the group box.


def load():
    raise FileNotFoundError(2, "No such file", "settings.toml")


def main():
    try:
        load()
    except OSError as e:
        try:
            raise ExceptionGroup("fallbacks failed", [ValueError("env"), KeyError("default")]) from e
        except ExceptionGroup:
            raise RuntimeError("giving up")


main()
