# A 10-million-iteration arithmetic loop over locals: small-int arithmetic,
# comparisons and the loop's own dispatch.


def loop(n):
    acc = 0
    odd = 0
    for i in range(n):
        acc = (acc + i * 7) % 1000003
        if i & 1:
            odd += 1
    return acc, odd


print(loop(10_000_000))
