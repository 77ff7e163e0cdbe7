# A doubly linked list implementing the full sequence protocol: indexing, slicing, iteration, equality.
class LinkedList:
    class _Node:
        __slots__ = ("value", "prev", "next")
        def __init__(self, value):
            self.value, self.prev, self.next = value, None, None
    def __init__(self, iterable=()):
        self._head = self._tail = None
        self._len = 0
        for x in iterable:
            self.append(x)
    def append(self, value):
        node = self._Node(value)
        if self._tail is None:
            self._head = self._tail = node
        else:
            node.prev, self._tail.next = self._tail, node
            self._tail = node
        self._len += 1
    def appendleft(self, value):
        node = self._Node(value)
        if self._head is None:
            self._head = self._tail = node
        else:
            node.next, self._head.prev = self._head, node
            self._head = node
        self._len += 1
    def _node_at(self, index):
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError("LinkedList index out of range")
        if index < self._len // 2:
            node = self._head
            for _ in range(index):
                node = node.next
        else:
            node = self._tail
            for _ in range(self._len - 1 - index):
                node = node.prev
        return node
    def __len__(self):
        return self._len
    def __iter__(self):
        node = self._head
        while node:
            yield node.value
            node = node.next
    def __reversed__(self):
        node = self._tail
        while node:
            yield node.value
            node = node.prev
    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        return self._node_at(index).value
    def __setitem__(self, index, value):
        self._node_at(index).value = value
    def __delitem__(self, index):
        node = self._node_at(index)
        if node.prev:
            node.prev.next = node.next
        else:
            self._head = node.next
        if node.next:
            node.next.prev = node.prev
        else:
            self._tail = node.prev
        self._len -= 1
    def __contains__(self, value):
        return any(v == value for v in self)
    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))
    def __add__(self, other):
        return LinkedList([*self, *other])
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def pop(self, index=-1):
        value = self[index]
        del self[index]
        return value
    def reverse(self):
        node = self._head
        while node:
            node.prev, node.next = node.next, node.prev
            node = node.prev
        self._head, self._tail = self._tail, self._head
ll = LinkedList(range(5))
ll.append(5); ll.appendleft(-1)
print(ll, len(ll), ll[0], ll[-1], ll[3], ll[1:4], ll[::-2])
ll[2] = "two"
del ll[0]
del ll[-1]
print(ll, ll.pop(), ll.pop(0), ll)
print(list(reversed(ll)), 3 in ll, 99 in ll, sum(x for x in ll if isinstance(x, int)))
ll.reverse()
print(ll, ll == LinkedList([3, "two", 1]), ll == [3, "two", 1], ll + LinkedList("ab"))
for bad in [lambda: ll[10], lambda: LinkedList().pop(), lambda: ll.__delitem__(-4)]:
    try:
        bad()
    except IndexError as e:
        print("IndexError", e)
big = LinkedList(range(1000))
print(big[500], big[-1], len(big[100:200]), sorted(big, reverse=True)[:3], max(big), list(big)[-3:])
while len(big) > 3:
    del big[len(big) // 2]
print(big)
