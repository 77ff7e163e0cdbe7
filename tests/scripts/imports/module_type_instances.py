# types.ModuleType: its arguments, subclasses, and the repr of a module made outside the import system.
import types
for a in [(), (5,), ('x', 'd', 3), ]:
    try: types.ModuleType(*a)
    except TypeError as e: print(e)
try: types.ModuleType('x', doc='d', bogus=1)
except TypeError as e: print(e)
m = types.ModuleType('x', doc='dd'); print(m.__doc__, m, m.__name__, m.__spec__, m.__package__)
class MyMod(types.ModuleType):
    def hello(self): return 'hi'
m = MyMod('y'); m.z = 1
print(type(m).__name__, m, m.hello(), m.z, m.__dict__['z'], isinstance(m, types.ModuleType))
m.__loader__ = "LOADER"
print(repr(m))
