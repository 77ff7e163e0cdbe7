# Module-level __getattr__ and __dir__; setting and deleting module attributes.
import lazy_attr_mod as m
print(m.real, m.auto_value, getattr(m, "auto_x"), dir(m))
try:
    m.missing
except AttributeError as e:
    print("AttributeError", e)
from lazy_attr_mod import auto_imported
print(auto_imported)
m.new_attr = 5
print(m.new_attr)
del m.new_attr
print(hasattr(m, "new_attr"))
ModuleType = type(m)
fresh = ModuleType("fresh", "docstring")
fresh.x = 1
print(fresh.__name__, fresh.__doc__, fresh.x, type(fresh).__name__, repr(fresh))
