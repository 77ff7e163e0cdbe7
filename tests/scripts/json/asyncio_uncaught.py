# json inside an asyncio program; a decoding error escapes asyncio.run and
# its traceback shows one exception (no StopIteration or KeyError context).
import asyncio
import json


async def fetch(i):
    await asyncio.sleep(0)
    return json.dumps({"id": i, "vals": [i, i / 2], "name": "n\u00e9%d" % i})


async def main():
    docs = await asyncio.gather(*(fetch(i) for i in range(3)))
    print(docs)
    print([json.loads(d) for d in docs])
    print(json.JSONDecodeError.__module__, json.JSONEncoder.__module__,
          json.JSONDecoder.__module__)
    for bad in ['[1, x]', '"a\\qb"']:
        try:
            json.loads(bad)
        except ValueError as e:
            print(repr(e), e.__context__, e.__cause__, e.__suppress_context__)
    json.loads('{"a": }')


asyncio.run(main())
