# warnings.warn through the filters: the default filters, the registry
# that shows a warning once per location, and the actions.
import sys
import warnings


def warn_twice(text, category=UserWarning):
    for _ in range(2):
        warnings.warn(text, category)


warn_twice("shown once per location")
warnings.warn("a second location shows it again")
warnings.warn("deprecated in __main__ is shown", DeprecationWarning)
warnings.warn("pending is ignored", PendingDeprecationWarning)
warnings.warn(UserWarning("an instance is its own category"))
warnings.warn(123)
print(sorted(k[2] for k in __warningregistry__ if k != "version"), __warningregistry__["version"])

warnings.simplefilter("always")
warn_twice("always means every time")
print("registry after always:", __warningregistry__)
warnings.simplefilter("once")
warn_twice("once")
warnings.warn("once")
warnings.simplefilter("module")
warn_twice("module")
warnings.warn("module")
warnings.simplefilter("error")
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("raised:", repr(e))
warnings.resetwarnings()
print("filters after reset:", warnings.filters)
warnings.warn("no filters: the default action")
warnings.defaultaction = "ignore"
warnings.warn("the default action is now ignore")
warnings.defaultaction = "default"
warnings.filterwarnings("ignore", message="quiet")
warnings.warn("quiet please")
warnings.warn("loud")
warnings.filterwarnings("error", category=UserWarning, module="__main__", lineno=45)
try:
    warnings.warn("on line forty-five")
except UserWarning as e:
    print("line filter:", e)
warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
try:
    warnings.warn("bogus action")
except RuntimeError as e:
    print(e)
warnings.filters[0] = ("short",)
try:
    warnings.warn("bad filter")
except ValueError as e:
    print(e)
del warnings.filters[0]
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print(e)
print(file=sys.stderr)
warnings.warn("multi\nline message")
