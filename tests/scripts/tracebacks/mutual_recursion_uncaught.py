# Uncaught RecursionError through two alternating functions.
import sys
sys.setrecursionlimit(50)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
ping(0)
