x = "\N{hangul syllable ga}"
