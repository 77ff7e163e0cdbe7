# A class's __doc__ can be replaced (dataclasses does); a built-in type's cannot.
class A: pass
A.__doc__ = 'x'; print(A.__doc__)
class B:
  'doc'
B.__doc__ = 'y'; print(B.__doc__, B().__doc__)
for f in [lambda: setattr(int, '__doc__', 'x'), lambda: delattr(A, '__doc__')]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
