# User exception hierarchies with extra attributes, __str__ overrides and pickling-free copying.
class AppError(Exception):
    """Base application error."""
    default_message = "application error"
    def __init__(self, message=None, *, code=500):
        super().__init__(message or self.default_message)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NotFound(AppError):
    default_message = "resource not found"
    def __init__(self, resource):
        super().__init__(f"{resource} not found", code=404)
        self.resource = resource
class Invalid(AppError, ValueError):
    pass
errors = [AppError(), AppError("custom"), NotFound("user/7"), Invalid("bad input", code=400)]
for err in errors:
    print(type(err).__name__, str(err), repr(err), err.code, isinstance(err, ValueError))
try:
    raise NotFound("page")
except AppError as e:
    print("handled", e, e.resource)
try:
    raise Invalid("x", code=422)
except ValueError as e:
    print("as ValueError:", e)
print(AppError.__doc__, NotFound.__mro__[1].__name__, [c.__name__ for c in Invalid.__mro__])
class WithState(Exception):
    def __init__(self, *args, **kwargs):
        super().__init__(*args)
        self.extra = kwargs
w = WithState(1, 2, flag=True)
print(w.args, w.extra, str(w))
class Empty(Exception):
    pass
print(repr(Empty()), str(Empty()), repr(Empty("x")), Empty.__name__)
