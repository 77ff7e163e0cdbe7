# lru_cache and cache: hits/misses via cache_info, maxsize eviction, typed, cache_clear, wrapped.
from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=3)
def slow_square(n):
    calls.append(n)
    return n * n
for n in [1, 2, 3, 1, 4, 2, 5, 1]:
    slow_square(n)
print(calls, slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info(), slow_square(2), slow_square.cache_info().misses)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(20), fact.cache_info().hits, fact.cache_info().currsize, fact.__wrapped__(3))
@lru_cache
def typed_default(x):
    return type(x).__name__
print(typed_default(1), typed_default(1.0), typed_default.cache_info().currsize)
@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info().currsize)
@lru_cache(maxsize=2)
def kw(a, b=0):
    return a + b
kw(1, b=2); kw(1, 2); kw(a=1, b=2)
print(kw.cache_info())
try:
    slow_square([1])
except TypeError as e:
    print("TypeError", e)
print(slow_square.__name__, fib.__wrapped__.__name__, type(slow_square.cache_info()).__name__)
print(slow_square.cache_parameters(), fib.cache_parameters())
