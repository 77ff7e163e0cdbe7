# types.GenericAlias built directly, as the __class_getitem__ of a
# pure-Python class does (collections.deque[int] and friends).
import collections
import types

for args, kwargs in [((list,), {}), ((list, int, 3), {}), ((list, int), {"x": 1})]:
    try:
        types.GenericAlias(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

alias = types.GenericAlias(list, (int, str))
print(alias, alias.__origin__, alias.__args__)
print(types.GenericAlias(dict, int) == dict[int])
print(collections.deque[int], collections.OrderedDict[str, int], collections.defaultdict[str, list])
print(collections.Counter[str], collections.ChainMap[str, int])


class Registry:
    __class_getitem__ = classmethod(types.GenericAlias)


print(Registry[int], Registry[int].__origin__ is Registry)
