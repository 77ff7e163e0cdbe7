# Uncaught RecursionError: repeated frames are collapsed into one line with a count.
import sys
sys.setrecursionlimit(60)
def countdown(n):
    return countdown(n - 1) + 1
countdown(10)
