# __init_subclass__ with keywords and __set_name__ on class attributes.
class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)
class Alpha(Plugin):
    pass
class Beta(Plugin, name="the-beta"):
    pass
class Gamma(Beta):
    pass
print(Plugin.plugins, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Model:
    first = Field()
    second = Field()
m = Model()
print(m.first, Model.first.name)
m.first = "set"
print(m.first, m._first)
f = Field()
Model.third = f
print(hasattr(f, "name"))
class Validated:
    def __init_subclass__(cls, **kw):
        required = getattr(cls, "required", ())
        missing = [r for r in required if not hasattr(cls, r)]
        if missing:
            raise TypeError(f"{cls.__name__} missing {missing}")
class Good(Validated):
    required = ("run",)
    def run(self):
        pass
try:
    class Broken(Validated):
        required = ("run", "stop")
        def run(self):
            pass
except TypeError as e:
    print("TypeError", e)
print(Good.__name__)
class Base:
    def __init_subclass__(cls):
        print("init_subclass of", cls.__name__, "base", cls.__bases__[0].__name__)
class Mid(Base): pass
class Leaf(Mid): pass
class SetNameError:
    def __set_name__(self, owner, name):
        raise ValueError("cannot set " + name)
try:
    class Owner:
        attr = SetNameError()
except ValueError as e:
    print(type(e).__name__, e, e.__notes__ if hasattr(e, "__notes__") else "no notes")
except RuntimeError as e:
    print("RuntimeError", e)
