# A chat room: members join and leave, messages are broadcast to everyone
# else through per-member queues, late joiners get the recent history, and
# a moderator mutes a spammer.
import asyncio
from collections import deque


class Room:
    def __init__(self, history=3):
        self.members = {}
        self.history = deque(maxlen=history)
        self.muted = set()

    def join(self, name):
        q = asyncio.Queue()
        for line in self.history:
            q.put_nowait(("history", line))
        self.members[name] = q
        self.broadcast("system", f"{name} joined")
        return q

    def leave(self, name):
        q = self.members.pop(name)
        q.put_nowait(None)
        self.broadcast("system", f"{name} left")

    def broadcast(self, sender, text):
        if sender in self.muted:
            return False
        line = f"{sender}: {text}"
        if sender != "system":
            self.history.append(line)
        for name, q in self.members.items():
            if name != sender:
                q.put_nowait(("live", line))
        return True


async def listener(name, q, transcript):
    while (item := await q.get()) is not None:
        kind, line = item
        transcript.setdefault(name, []).append(f"[{kind}] {line}")


async def say(room, name, text):
    await asyncio.sleep(0)
    if not room.broadcast(name, text):
        room.broadcast("system", f"message from {name} dropped")


async def main():
    room = Room()
    transcript = {}
    listeners = []

    def join(name):
        listeners.append(asyncio.create_task(listener(name, room.join(name), transcript)))

    join("ann")
    join("bob")
    await say(room, "ann", "hi bob")
    await say(room, "bob", "hello ann")
    await say(room, "bob", "buy cheap watches")
    room.muted.add("bob")
    await say(room, "bob", "BUY NOW")
    join("cid")
    await say(room, "cid", "what did I miss?")
    room.leave("bob")
    await say(room, "ann", "bye all")
    for name in list(room.members):
        room.leave(name)
    await asyncio.gather(*listeners)
    for name in ("ann", "bob", "cid"):
        print(f"--- {name}")
        for line in transcript.get(name, []):
            print(line)


asyncio.run(main())
