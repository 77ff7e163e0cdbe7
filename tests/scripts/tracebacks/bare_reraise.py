# A bare raise re-raises with the original traceback plus the re-raise location.
def parse(s):
    return int(s)
def safe_parse(s):
    try:
        return parse(s)
    except ValueError:
        print("logging the failure for", repr(s))
        raise
safe_parse("x1")
