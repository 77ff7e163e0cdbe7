# pydiff: stdin=look\ntake lamp\nnorth\nnorth\ntake key\ninventory\nsouth\neast\nunlock door\neast\ntake gold\nwest\ndance\ndrop lamp\nlook\nquit
# A text adventure driven by commands on standard input: rooms, items, locked doors and a score.
import sys
class Room:
    def __init__(self, name, description, items=()):
        self.name, self.description = name, description
        self.items = list(items)
        self.exits = {}
        self.locked = {}
    def describe(self):
        text = f"{self.name}: {self.description}"
        if self.items:
            text += " You see: " + ", ".join(self.items) + "."
        exits = [d + (" (locked)" if self.locked.get(d) else "") for d in self.exits]
        return text + " Exits: " + ", ".join(exits) + "."
class GameOver(Exception):
    pass
class Game:
    def __init__(self):
        hall = Room("Hall", "A dusty entrance hall.", ["lamp"])
        library = Room("Library", "Shelves of mouldy books.", ["key", "book"])
        vault = Room("Vault", "A small cold room.", ["gold"])
        hall.exits = {"north": library, "east": vault}
        hall.locked = {"east": "key"}
        library.exits = {"south": hall}
        vault.exits = {"west": hall}
        self.room, self.inventory, self.score, self.moves = hall, [], 0, 0
        self.handlers = {"look": self.look, "take": self.take, "drop": self.drop, "inventory": self.show_inventory,
                         "unlock": self.unlock, "quit": self.quit}
    def look(self, *_):
        return self.room.describe()
    def take(self, item=None):
        if item is None:
            raise ValueError("take what?")
        if item not in self.room.items:
            raise LookupError(f"there is no {item} here")
        self.room.items.remove(item)
        self.inventory.append(item)
        if item == "gold":
            self.score += 50
        return f"You take the {item}."
    def drop(self, item=None):
        if item not in self.inventory:
            raise LookupError(f"you do not have {item}")
        self.inventory.remove(item)
        self.room.items.append(item)
        return f"You drop the {item}."
    def show_inventory(self, *_):
        return "You carry: " + (", ".join(self.inventory) or "nothing")
    def unlock(self, thing=None):
        for direction, needed in list(self.room.locked.items()):
            if needed in self.inventory:
                del self.room.locked[direction]
                self.score += 10
                return f"You unlock the way {direction} with the {needed}."
        raise PermissionError("you have nothing that unlocks anything here")
    def go(self, direction):
        if direction not in self.room.exits:
            raise LookupError(f"you cannot go {direction}")
        if self.room.locked.get(direction):
            raise PermissionError(f"the way {direction} is locked")
        self.room = self.room.exits[direction]
        self.moves += 1
        return self.room.describe()
    def quit(self, *_):
        raise GameOver
    def handle(self, line):
        words = line.split()
        if not words:
            return ""
        verb, args = words[0], words[1:]
        if verb in ("north", "south", "east", "west"):
            return self.go(verb)
        if verb not in self.handlers:
            raise NotImplementedError(f"I don't know how to {verb!r}")
        return self.handlers[verb](*args)
game = Game()
for n, line in enumerate(sys.stdin, 1):
    try:
        print(f"> {line.strip()}\n  {game.handle(line.strip())}")
    except GameOver:
        print(f"> {line.strip()}\n  Goodbye.")
        break
    except (LookupError, PermissionError, ValueError, NotImplementedError) as e:
        print(f"> {line.strip()}\n  [{type(e).__name__}] {e}")
print(f"score {game.score} in {game.moves} moves; inventory {sorted(game.inventory)}")
