# A member raised while handling another exception: "During handling of the
# above exception, another exception occurred" appears inside the box.


def cleanup():
    raise RuntimeError("cleanup failed")


def task():
    try:
        {}["key"]
    except KeyError:
        cleanup()


def main():
    try:
        task()
    except RuntimeError as e:
        raise ExceptionGroup("task errors", [e])


main()
