x = 1 + \
    2
if a and \
   b:
    pass
y = [1,
     2,   # comment
  3]
z = (1
# comment inside
+ 2)
def f(a,
      b):
    return (a +
            b)
# trailing comment
   # indented comment
w = {
}
