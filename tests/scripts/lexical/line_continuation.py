# Explicit and implicit line joining, semicolons, comments, indentation.
total = 1 + \
        2 + \
    3
print(total)
values = [
    1,
    2,  # comment inside brackets
    3,
]
print(values)
mapping = {'a':
           1, 'b'
           : 2}
print(mapping)
result = (10
          - 3
          * 2)
print(result)
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
a = 1; b = 2; c = a + b; print(c)
if a: print("one-line if")
for i in range(2): print("loop", i)
while False: pass
class K: x = 5
print(K.x)
if True:
        print("deep indent")
        if True:
         print("odd indent")
s = "abc" \
    "def"
print(s)
x = [i
     for i in range(3)
     if i]
print(x)
assert True, \
    "msg"
print(\
"after backslash")
def g(): return 42
print(g())
# a comment at the end
