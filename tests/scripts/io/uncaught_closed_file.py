# An operation on a closed file that nothing catches: the traceback and exit status CPython gives.
import io


def report(stream):
    stream.write("report\n")


buffer = io.StringIO()
report(buffer)
print(repr(buffer.getvalue()))
buffer.close()
report(buffer)
