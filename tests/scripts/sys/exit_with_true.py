# sys.exit(True) counts as the integer 1; finally blocks and __exit__ run first.
import sys
class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, *exc):
        print("release on", exc[0].__name__)
        return False
def work():
    with Resource():
        try:
            sys.exit(True)
        finally:
            print("finally before exit")
work()
