# Map/reduce word counting: the text is split into chunks, mapper tasks
# run in a TaskGroup and yield to each other between lines, a reducer
# merges their partial counts as they arrive through a queue.
import asyncio
from collections import Counter

TEXT = """\
the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick brown dog jumps over a lazy fox
foxes and dogs are not the same
the end of the story is near
near the end the fox sleeps
"""

STOPWORDS = {"the", "a", "and", "is", "of", "are", "not"}


def chunks(lines, size):
    for i in range(0, len(lines), size):
        yield i // size, lines[i:i + size]


async def mapper(chunk_id, lines, out):
    counts = Counter()
    for line in lines:
        for word in line.split():
            if word not in STOPWORDS:
                counts[word] += 1
        await asyncio.sleep(0)
    await out.put((chunk_id, counts))


async def reducer(inp, n_chunks, order):
    total = Counter()
    for _ in range(n_chunks):
        chunk_id, counts = await inp.get()
        order.append(chunk_id)
        total.update(counts)
    return total


async def main():
    lines = TEXT.splitlines()
    parts = list(chunks(lines, 2))
    q = asyncio.Queue()
    arrival = []
    async with asyncio.TaskGroup() as tg:
        red = tg.create_task(reducer(q, len(parts), arrival))
        for chunk_id, part in parts:
            tg.create_task(mapper(chunk_id, part, q))
    total = red.result()
    print("chunks:", len(parts), "arrival order:", arrival)
    print("distinct words:", len(total))
    for word, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
        print(f"{word:8} {n}")
    sequential = Counter(w for line in lines for w in line.split() if w not in STOPWORDS)
    print("same as a sequential count:", sequential == total)


asyncio.run(main())
