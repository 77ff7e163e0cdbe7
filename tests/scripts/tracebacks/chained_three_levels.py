# A chain mixing both wordings across three exceptions.
def step1():
    raise OSError("disk unavailable")
def step2():
    try:
        step1()
    except OSError as e:
        raise RuntimeError("could not save") from e
def step3():
    try:
        step2()
    except RuntimeError:
        raise SystemError("shutdown failed")
step3()
