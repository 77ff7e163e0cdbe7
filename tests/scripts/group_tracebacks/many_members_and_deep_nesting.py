# Exception group tracebacks: past 15 members a '... ' box says 'and N more
# exceptions'; past ten levels of nesting '... (max_group_depth is 10)'
# stands for the rest; both through traceback.print_exception and for an
# uncaught group.
eg = ExceptionGroup("many", [ValueError(i) for i in range(20)])
def nest(n):
    e = ValueError("leaf")
    for i in range(n):
        e = ExceptionGroup(f"level {i}", [e])
    return e
import traceback
traceback.print_exception(eg)
traceback.print_exception(nest(12))
raise ExceptionGroup("outer", [nest(11), TypeError("t")])
