# When the failing expression is the whole line, no caret line is printed.
def fail():
    raise ValueError("plain failure")
def caller():
    fail()
caller()
