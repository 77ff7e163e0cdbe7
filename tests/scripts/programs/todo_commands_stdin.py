# pydiff: stdin=add Buy milk\nadd Write report !high\nadd Call mom\nlist\ndone 2\nadd Fix bike !low\nundo\nlist\nprio 1 high\nremove 9\nbogus\nstats\nquit\nadd never reached
# A to-do list application reading commands from standard input, with undo and validation.
import sys
class Todo:
    PRIORITIES = ("low", "normal", "high")
    def __init__(self):
        self.items = []
        self.history = []
    def add(self, text):
        prio = "normal"
        if text.endswith(("!high", "!low")):
            text, prio = text.rsplit(" !", 1)
        self.items.append({"text": text, "prio": prio, "done": False})
        self.history.append(("add", len(self.items) - 1))
        return f"added #{len(self.items)}: {text} ({prio})"
    def _get(self, num):
        try:
            idx = int(num) - 1
        except ValueError:
            raise ValueError(f"not a number: {num!r}") from None
        if not 0 <= idx < len(self.items):
            raise IndexError(f"no item #{num}")
        return idx
    def done(self, num):
        idx = self._get(num)
        self.items[idx]["done"] = True
        self.history.append(("done", idx))
        return f"completed #{num}"
    def remove(self, num):
        idx = self._get(num)
        item = self.items.pop(idx)
        self.history.append(("remove", idx, item))
        return f"removed #{num}"
    def prio(self, num, level):
        if level not in self.PRIORITIES:
            raise ValueError(f"priority must be one of {', '.join(self.PRIORITIES)}")
        idx = self._get(num)
        old = self.items[idx]["prio"]
        self.items[idx]["prio"] = level
        self.history.append(("prio", idx, old))
        return f"#{num} priority {old} -> {level}"
    def undo(self):
        if not self.history:
            return "nothing to undo"
        action = self.history.pop()
        if action[0] == "add":
            self.items.pop()
        elif action[0] == "done":
            self.items[action[1]]["done"] = False
        elif action[0] == "remove":
            self.items.insert(action[1], action[2])
        elif action[0] == "prio":
            self.items[action[1]]["prio"] = action[2]
        return f"undid {action[0]}"
    def list(self):
        if not self.items:
            return "(empty)"
        order = sorted(range(len(self.items)), key=lambda i: (self.items[i]["done"], -self.PRIORITIES.index(self.items[i]["prio"]), i))
        return "\n".join(f"  {i + 1}. [{'x' if self.items[i]['done'] else ' '}] {self.items[i]['text']} ({self.items[i]['prio']})" for i in order)
    def stats(self):
        done = sum(it["done"] for it in self.items)
        return f"{len(self.items)} items, {done} done, {len(self.items) - done} open"
todo = Todo()
for line_no, line in enumerate(sys.stdin, 1):
    cmd, _, rest = line.strip().partition(" ")
    try:
        if cmd == "quit":
            print("bye")
            break
        elif cmd == "add":
            out = todo.add(rest)
        elif cmd in ("done", "remove"):
            out = getattr(todo, cmd)(rest)
        elif cmd == "prio":
            out = todo.prio(*rest.split())
        elif cmd in ("list", "undo", "stats"):
            out = getattr(todo, cmd)()
        else:
            raise KeyError(cmd)
        print(f"{line_no:2}> {out}")
    except KeyError as e:
        print(f"{line_no:2}! unknown command {e}")
    except (ValueError, IndexError, TypeError) as e:
        print(f"{line_no:2}! {type(e).__name__}: {e}")
print(todo.stats())
