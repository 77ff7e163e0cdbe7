# __name__ is "__main__" in the program and the module name in imported modules.
import greet_mod
def main():
    print("main() runs because __name__ ==", repr(__name__))
if __name__ == "__main__":
    main()
print(greet_mod.__name__ != "__main__")
import sys
print(sys.modules["__main__"].__name__, "main" in dir(sys.modules["__main__"]))
