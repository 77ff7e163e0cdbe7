# A text buffer with the command pattern: insert/delete/replace commands, undo and redo stacks.
class Command:
    def apply(self, buf):
        raise NotImplementedError
    def revert(self, buf):
        raise NotImplementedError
class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text
    def apply(self, buf):
        if not 0 <= self.pos <= len(buf.text):
            raise IndexError(f"insert position {self.pos} outside 0..{len(buf.text)}")
        buf.text = buf.text[:self.pos] + self.text + buf.text[self.pos:]
    def revert(self, buf):
        buf.text = buf.text[:self.pos] + buf.text[self.pos + len(self.text):]
    def __repr__(self):
        return f"Insert({self.pos}, {self.text!r})"
class Delete(Command):
    def __init__(self, start, end):
        self.start, self.end = start, end
        self.removed = None
    def apply(self, buf):
        if not 0 <= self.start <= self.end <= len(buf.text):
            raise IndexError(f"bad range {self.start}:{self.end}")
        self.removed = buf.text[self.start:self.end]
        buf.text = buf.text[:self.start] + buf.text[self.end:]
    def revert(self, buf):
        buf.text = buf.text[:self.start] + self.removed + buf.text[self.start:]
    def __repr__(self):
        return f"Delete({self.start}, {self.end})"
class ReplaceAll(Command):
    def __init__(self, old, new):
        self.old, self.new = old, new
        self.before = None
    def apply(self, buf):
        if self.old not in buf.text:
            raise ValueError(f"{self.old!r} not found")
        self.before = buf.text
        buf.text = buf.text.replace(self.old, self.new)
    def revert(self, buf):
        buf.text = self.before
    def __repr__(self):
        return f"ReplaceAll({self.old!r}, {self.new!r})"
class Buffer:
    def __init__(self, text=""):
        self.text = text
        self.undo_stack, self.redo_stack = [], []
    def do(self, cmd):
        cmd.apply(self)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()
    def undo(self):
        if not self.undo_stack:
            raise RuntimeError("nothing to undo")
        cmd = self.undo_stack.pop()
        cmd.revert(self)
        self.redo_stack.append(cmd)
        return cmd
    def redo(self):
        if not self.redo_stack:
            raise RuntimeError("nothing to redo")
        cmd = self.redo_stack.pop()
        cmd.apply(self)
        self.undo_stack.append(cmd)
        return cmd
buf = Buffer("hello world")
steps = [("do", Insert(5, ",")), ("do", Insert(12, "!")), ("do", ReplaceAll("o", "0")), ("undo",), ("undo",),
         ("redo",), ("do", Delete(0, 5)), ("do", Insert(0, "goodbye")), ("undo",), ("undo",), ("undo",), ("undo",),
         ("undo",), ("redo",), ("do", Insert(99, "x")), ("do", Delete(3, 1)), ("do", ReplaceAll("zzz", "y")),
         ("redo",), ("redo",)]
for step in steps:
    try:
        if step[0] == "do":
            buf.do(step[1])
            note = repr(step[1])
        else:
            note = f"{step[0]} {getattr(buf, step[0])()!r}"
        print(f"{note:28} -> {buf.text!r}")
    except (IndexError, ValueError, RuntimeError) as e:
        print(f"{step[0]:28} !! {type(e).__name__}: {e}")
print(len(buf.undo_stack), len(buf.redo_stack), buf.undo_stack)
