import random, statistics
from fractions import Fraction
rng = random.Random(99)
funcs = ['mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped', 'mode', 'multimode',
         'stdev', 'pstdev', 'variance', 'pvariance', 'harmonic_mean', 'geometric_mean', 'quantiles']
for case in range(150):
    kind = case % 4
    n = rng.randint(1, 12)
    if kind == 0:
        data = [rng.randint(-50, 50) for _ in range(n)]
    elif kind == 1:
        data = [rng.uniform(-1e3, 1e3) for _ in range(n)]
    elif kind == 2:
        data = [Fraction(rng.randint(-20, 20), rng.randint(1, 9)) for _ in range(n)]
    else:
        data = [rng.choice([rng.randint(0, 9), rng.random() * 10, 1e-300, 1e300]) for _ in range(n)]
    out = []
    for name in funcs:
        try:
            r = getattr(statistics, name)(data)
            out.append(f'{name}={r!r}')
        except Exception as e:
            out.append(f'{name}!{type(e).__name__}:{e}')
    print(case, data if kind != 1 else len(data), ' '.join(out))
print(statistics.mean([True, False, True]), statistics.variance([Fraction(1, 3), Fraction(2, 3), 1]), statistics.stdev([1, 1, 1]), statistics.pvariance([2.5]), statistics.mean([float('inf'), 1]), statistics.median([float('nan'), 1, 2]))
print(statistics.harmonic_mean([2.5, 3, 10], weights=[1, 2, 3]), statistics.fmean([1, 2, 3], weights=[3, 1, 1]), statistics.quantiles([1, 5], n=5), statistics.quantiles([3], n=3))
