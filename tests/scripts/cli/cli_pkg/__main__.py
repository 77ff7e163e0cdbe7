import sys

print("running", __name__, "in package", __package__)
print("argv", [a if i else a.rpartition("/")[2] for i, a in enumerate(sys.argv)])
print("main module is this one:", sys.modules["__main__"].__dict__ is globals())
