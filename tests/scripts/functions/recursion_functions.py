# Recursive functions, mutual recursion, recursion limits caught.
import sys
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(0), fact(5), fact(30))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(hanoi(3, "A", "B", "C", []))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError", e)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
try:
    deep(200)
except RecursionError as e:
    print("limited:", e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], 6]))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [s[i] + p for i in range(len(s)) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"))
class Node:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def total(self):
        return self.v + sum(k.total() for k in self.kids)
print(Node(1, Node(2, Node(3)), Node(4)).total())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError", e)
