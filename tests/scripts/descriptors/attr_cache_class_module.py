# Attribute reads of classes and modules repeated at one place in the code
# (which skein remembers between runs) see every change: a class attribute
# rebound, a metaclass gaining a data descriptor, a base class changing, a
# module global rebound or deleted, a module __getattr__.
import types


class Meta(type):
    pass


class Base:
    x = 'base'


class C(Base, metaclass=Meta):
    y = 1


def read_x(cls):
    return cls.x


def read_y(cls):
    return cls.y


for step in range(4):
    print(step, read_x(C), read_y(C))
    if step == 0:
        C.y = 2
    elif step == 1:
        Base.x = 'changed base'
    elif step == 2:
        Meta.y = property(lambda cls: 'from metaclass property')

C.x = 'own'
print(read_x(C), read_x(Base))
del C.x
print(read_x(C))


class D(C):
    pass


print(read_x(D), read_y(D))
Base.x = staticmethod(lambda: 'static')
print(read_x(C)())

mod = types.ModuleType('m')
mod.value = 1


def read_value(m):
    try:
        return m.value
    except AttributeError as e:
        return f'AttributeError: {e}'


for step in range(5):
    print('module', step, read_value(mod))
    if step == 0:
        mod.value = 2
    elif step == 1:
        mod.other = 'unrelated'
    elif step == 2:
        del mod.value
    elif step == 3:
        mod.__getattr__ = lambda name: f'dynamic {name}'

other = types.ModuleType('other')
other.value = 'other module'
print(read_value(other), read_value(mod))


class Sub(types.ModuleType):
    @property
    def value(self):
        return 'property on a module subclass'


s = Sub('s')
s.__dict__['value'] = 'shadowed'
print(read_value(s))
