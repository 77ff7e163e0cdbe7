# The re-raised rest is a new group derived from the original: same
# message, traceback, notes, cause and context, but not the same object.
import traceback


def origin():
    try:
        raise KeyError("ctx")
    except KeyError:
        eg = ExceptionGroup("orig", [ValueError(1), TypeError(2)])
        eg.add_note("note on orig")
        raise eg from OSError("cause")


orig = None
try:
    try:
        origin()
    except* ValueError as eg:
        orig_tb = eg.__traceback__
        print("handled", repr(eg))
except ExceptionGroup as rest:
    print("rest:", repr(rest))
    print("notes:", rest.__notes__)
    print("cause:", repr(rest.__cause__), "context:", repr(rest.__context__))
    print("frames:", [f.name for f in traceback.extract_tb(rest.__traceback__)])
    print("same traceback object as the handled part:", rest.__traceback__ is orig_tb)
