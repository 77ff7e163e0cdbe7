#!/usr/bin/env python3
"""gen_aliases.py IN.tsv OUT.h: turns the name alias table (name_aliases.tsv)
into a sorted C array for unicode.c. Run by the build."""
import sys


def main(src, dst):
    rows = []
    with open(src, encoding="ascii") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, cp = line.rstrip("\n").split("\t")
            rows.append((name, int(cp, 16)))
    rows.sort()
    with open(dst, "w", encoding="ascii") as f:
        f.write("/* Generated from parser/name_aliases.tsv by parser/gen_aliases.py. */\n")
        f.write("static const struct name_alias { const char *name; uint32_t cp; } name_aliases[] = {\n")
        for name, cp in rows:
            f.write('    {"%s", 0x%04X},\n' % (name, cp))
        f.write("};\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
