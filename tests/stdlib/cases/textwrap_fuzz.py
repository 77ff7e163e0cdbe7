import random, textwrap
rng = random.Random(1234)
words = ['a', 'an', 'the', 'well-known', 'x--y', '--', 'co-op', 'e-mail', 'end.', 'Yes!', 'ok?', '"quoted."',
         'supercalifragilisticexpialidocious', 'non-stop-action', 'A-B-C', '3-4', 'long-hyphenated-compound-word',
         '\t', 'tab\there', 'multi\nline', 'x', 'yy', 'zzz', '...', '-', 'a-', '-b', 'well--known', 'abc---def']
for case in range(400):
    text = ''.join(rng.choice(words) + rng.choice([' ', ' ', '  ', '\n', '']) for _ in range(rng.randint(0, 25)))
    kw = dict(width=rng.randint(1, 40))
    if rng.random() < 0.3: kw['break_on_hyphens'] = False
    if rng.random() < 0.2: kw['break_long_words'] = False
    if rng.random() < 0.2: kw['drop_whitespace'] = False
    if rng.random() < 0.2: kw['fix_sentence_endings'] = True
    if rng.random() < 0.2: kw['replace_whitespace'] = False
    if rng.random() < 0.3: kw['initial_indent'] = '> '
    if rng.random() < 0.3: kw['subsequent_indent'] = '..'
    if rng.random() < 0.3:
        kw['max_lines'] = rng.randint(1, 4)
        if rng.random() < 0.5: kw['placeholder'] = rng.choice([' [...]', '~', ' more'])
    try:
        print(case, textwrap.wrap(text, **kw))
    except ValueError as e:
        print(case, 'ValueError', e)
    if case % 5 == 0:
        try:
            print(case, repr(textwrap.shorten(text, width=rng.randint(8, 40))))
        except ValueError as e:
            print(case, 'ValueError', e)
        print(repr(textwrap.dedent(text)), repr(textwrap.indent(text, '| ')))
