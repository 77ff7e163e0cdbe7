# %-formatting of str: every conversion, flags, width, precision, * and mapping keys.
print("%s %r %a" % ("é", "é", "é"))
print("%d %i %u %o %x %X %e %E %f %F %g %G %c %%" % (42, 42, 42, 42, 255, 255, 1.5, 1.5, 1.5, 1.5, 1e-5, 1e20, 65))
print("%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|" % (42, 42, 42, 42, 42, -42, 42))
print("%#o %#x %#X %#5x %-#6o|" % (8, 255, 255, 10, 8))
print("%.2f %8.3f %-8.1f| %08.2f %+.1e %.0f %.0e %#.0f" % (3.14159, 2.5, 2.5, -3.14159, 12345.678, 2.5, 12345.0, 3.0))
print("%10s|%-10s|%.2s|%5.1s|" % ("right", "left", "trunc", "xyz"))
print("%*d|%-*d|%.*f|%*.*f|" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.71828))
print("%(name)s is %(age)d years, %(name)r" % {"name": "ann", "age": 30})
print("%c%c%c" % ("a", 98, "c"), "%s" % [1, 2], "%s" % (("tuple",),), "%s and %s" % (1, 2))
print("%d" % 3.99, "%d" % True, "%x" % -255, "%o" % -8, "%e" % 0, "%g" % 123456789, "%g" % 0.0001, "%r" % None)
print("%s" % "only", "%s" % 5, "no args" % (), "%%d" % ())
class Both:
    def __str__(self):
        return "STR"
    def __repr__(self):
        return "REPR"
print("%s %r" % (Both(), Both()), "%s" % {"k": Both()})
print("%(a)s %(a)s %%" % {"a": 1}, "%()s" % {"": "empty key"})
