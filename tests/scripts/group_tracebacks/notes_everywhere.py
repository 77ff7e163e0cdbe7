# Notes on the group and on its members are printed after each message.


def main():
    errs = []
    for i in range(2):
        try:
            raise ValueError(f"item {i}")
        except ValueError as e:
            e.add_note(f"while processing item {i}")
            if i == 1:
                e.add_note("second note\nspanning two lines")
            errs.append(e)
    eg = ExceptionGroup("batch failed", errs)
    eg.add_note("batch id 42")
    raise eg


main()
