# pow(a, b, m): which operand's power slot answers, and the errors when none does.
class P:
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o, m=None): return ('rpow', o, m)
class Q(int): pass
for args in [(2,3,5),(2,3,1.5),(2.0,3,5),(1j,2,3),(2,1j,3),(P(),2,3),(2,P(),3),(2,3,P()),(Q(2),3,5),(2,Q(3),Q(5)),(True,3,5),(2,-1,5),(2,3,'x'),('a',2,3), (10**30, 3, 7)]:
    try: print(pow(*args))
    except Exception as e: print(type(e).__name__, e)
print((2).__pow__(3, 5), (2).__pow__(3, 1.5), (2.0).__pow__(3, 5) if False else '')
try: print((2.0).__pow__(3, 5))
except Exception as e: print(type(e).__name__, e)
