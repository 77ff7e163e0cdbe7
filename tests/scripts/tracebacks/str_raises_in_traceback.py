# An exception whose __str__ itself fails is printed with a placeholder.
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("str is broken")
print("about to fail")
raise Broken("ignored")
