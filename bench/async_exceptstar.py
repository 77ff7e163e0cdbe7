# 50,000 raise-and-handle cycles of a 3-member exception group caught by
# two except* clauses: group construction, split() and re-raise bookkeeping.
import asyncio

N = 50_000


async def main():
    values = types = 0
    for i in range(N):
        try:
            raise ExceptionGroup("batch", [ValueError(i), TypeError(i), ValueError(-i)])
        except* ValueError as eg:
            values += len(eg.exceptions)
        except* TypeError as eg:
            types += len(eg.exceptions)
    print(values, types)


asyncio.run(main())
