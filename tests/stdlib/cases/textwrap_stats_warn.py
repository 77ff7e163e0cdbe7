import textwrap, statistics, warnings, sys
text = "The quick brown fox jumps over the lazy dog. A well-known pangram -- used for testing -- is here; hyphenated-words-everywhere and e-mail co-operation. Sentences end! Do they? yes."
for w in (10, 20, 33, 50):
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 25, break_on_hyphens=False), textwrap.wrap('abcdefghijklmnopqrstuvwxyz' * 2, 10), textwrap.wrap('supercalifragilistic-expialidocious', 12))
print(textwrap.wrap(text, 30, max_lines=3), textwrap.wrap(text, 30, max_lines=2, placeholder='…'))
print(textwrap.shorten(text, 40), textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world!', width=11))
print(textwrap.wrap('one.  two three\tfour\nfive', 12, fix_sentence_endings=True), textwrap.wrap('a  b', 3, drop_whitespace=False), textwrap.wrap('', 5), textwrap.wrap('   ', 5))
print(repr(textwrap.dedent('''\
    def f():
        return 1
      
    x''')), repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('\n   x\n   y\n')))
print(repr(textwrap.indent('a\n\nb\n', '> ')), repr(textwrap.indent('a\n b', '+', lambda l: True)))
try: textwrap.wrap('x', 0)
except ValueError as e: print(e)
tw = textwrap.TextWrapper(width=15, break_long_words=False); print(tw.wrap('short averyveryverylongword end'))
print(textwrap.wrap('x -- y --z a--b', 4), textwrap.wrap('well-known---dashes and-- more', 9))
d = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(d), statistics.mean([1, 2, 3]), statistics.mean([1.5, 2.5]), statistics.median(d), statistics.median([3, 1, 2]), statistics.median_low(d), statistics.median_high(d))
print(statistics.mode('aabbbc'), statistics.multimode('aabbcc'), statistics.stdev(d), statistics.pstdev(d), statistics.variance(d), statistics.pvariance(d), statistics.variance([1.5, 2.5, 2.5]))
print(statistics.fmean([1, 2, 4]), statistics.geometric_mean([1, 2, 4]), statistics.harmonic_mean([40, 60]), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), statistics.quantiles(range(1, 11), n=10, method='inclusive'), statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(statistics.stdev([1, 2, 3, 4]), statistics.variance([1, 2, 3, 4]), statistics.pvariance([1, 2, 3, 4]), statistics.mean([0.1, 0.2, 0.3]), statistics.stdev([0.1, 0.2, 0.35]), statistics.variance([1, 3, 5], xbar=3))
for f in [lambda: statistics.mean([]), lambda: statistics.stdev([1]), lambda: statistics.variance([1]), lambda: statistics.median([]), lambda: statistics.mode([]), lambda: statistics.pstdev([])]:
    try: f()
    except statistics.StatisticsError as e: print(type(e).__name__, e, isinstance(e, ValueError))
print(statistics.covariance([1, 2, 3], [1, 2, 4]), statistics.correlation([1, 2, 3], [1, 2, 4]), statistics.linear_regression([1, 2, 3], [2, 4, 6.5]))
def old(): warnings.warn('old is deprecated', DeprecationWarning, stacklevel=2)
def f(): warnings.warn('careful')
f()
f()
old()
warnings.warn('plain', RuntimeWarning)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    f(); f(); warnings.warn('x', UserWarning)
print(len(log), [str(w.message) for w in log], log[0].category.__name__, log[0].lineno, type(log[0].message).__name__)
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try: f()
    except UserWarning as e: print('raised', e)
with warnings.catch_warnings():
    warnings.filterwarnings('ignore', message='care')
    f()
    warnings.filterwarnings('error', category=RuntimeWarning)
    try: warnings.warn('rt', RuntimeWarning)
    except RuntimeWarning as e: print('raised', repr(e))
print(warnings.formatwarning('msg', UserWarning, 'file.py', 10, 'line src'))
try: warnings.warn('x', 5)
except TypeError as e: print(e)
warnings.warn(UserWarning('instance warning'))
def custom(message, category, filename, lineno, file=None, line=None): print('CUSTOM', message, category.__name__, lineno)
warnings.showwarning = custom
warnings.warn('via custom')
print(sys.stderr is not None)
