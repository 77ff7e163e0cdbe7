# Members of several kinds: a user exception class defined here, an empty
# message, a multi-line message, an OSError with errno and a SyntaxError.


class AppError(Exception):
    pass


class Detailed(Exception):
    def __str__(self):
        return "first line\nsecond line"


members = [AppError("custom"), ValueError(), Detailed(), OSError(13, "Permission denied")]
try:
    compile("x = (1,\n", "config.py", "exec")
except SyntaxError as e:
    members.append(e)
raise ExceptionGroup("mixed kinds", members)
