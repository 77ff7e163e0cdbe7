# Context managers as classes mixed with contextlib helpers; reentrancy and timers without real time.
from contextlib import AbstractContextManager, ContextDecorator
class Indent(AbstractContextManager):
    level = 0
    def __enter__(self):
        Indent.level += 1
        return self
    def __exit__(self, *exc):
        Indent.level -= 1
    def say(self, text):
        print("  " * Indent.level + text)
ind = Indent()
with ind:
    ind.say("level one")
    with ind:
        ind.say("level two")
    ind.say("back to one")
ind.say("level zero")
class logged(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False
@logged()
def work(x):
    print("working on", x)
    return x * 2
print(work(21))
with logged():
    print("block")
print(issubclass(Indent, AbstractContextManager), isinstance(logged(), ContextDecorator))
