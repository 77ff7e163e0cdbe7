# AttributeError messages and "Did you mean" hints on names attributes.
class Config:
    def __init__(self):
        self.timeout = 5
        self.retries = 3
    def connect(self):
        pass
c = Config()
for name in ["timeot", "retry", "conect", "zzz", "TIMEOUT"]:
    try:
        getattr(c, name)
    except AttributeError as e:
        print(repr(name), e, e.name, e.obj is c)
try:
    c.timout
except AttributeError as e:
    print("attribute syntax:", e)
try:
    (5).real_part
except AttributeError as e:
    print(e)
try:
    "abc".uper()
except AttributeError as e:
    print(e)
try:
    [].push(1)
except AttributeError as e:
    print(e)
try:
    None.value
except AttributeError as e:
    print(e)
try:
    Config.timeout
except AttributeError as e:
    print(e)
import math
try:
    math.sqr
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    (1).x = 2
except AttributeError as e:
    print(e)
try:
    int.x = 2
except TypeError as e:
    print("TypeError", e)
try:
    del int.real
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
