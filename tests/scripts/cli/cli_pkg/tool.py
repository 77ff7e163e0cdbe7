import sys


def fail(n):
    return 10 // n


print("tool", __name__, __package__, sys.argv[1:])
if __name__ == "__main__":
    fail(0)
