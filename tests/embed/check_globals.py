#!/usr/bin/env python3
"""Fails if libskein has mutable global state.

    check_globals.py NM LIBSKEIN.a

Everything a VM uses hangs off its sk_vm, so that a process can run several
VMs; a writable global or static variable in the library breaks that. This
lists the library's data symbols with nm (types D/d, B/b, common, small
data) and reports those in writable sections. Constant tables that hold
pointers sit in .data.rel.ro* when compiled as position-independent code:
nm calls them 'd', but they are read-only once relocated, so they pass.
So do AddressSanitizer's __odr_asan.* bytes, one per exported global of an
instrumented build: the sanitizer's runtime writes them to catch a global
defined twice, they are not the library's state.
"""
import subprocess
import sys

DATA_TYPES = set("DdBbCGgSsVv")


def writable_symbols(nm, lib):
    out = subprocess.run([nm, "-A", "--format=sysv", lib], capture_output=True, text=True, check=True).stdout
    found = []
    for line in out.splitlines():
        # "lib.a:obj.o:name   |value|T|type|size|line|section"
        fields = [f.strip() for f in line.split("|")]
        if len(fields) < 7 or fields[2] not in DATA_TYPES:
            continue
        section = fields[6].split("\t")[0]
        if section.startswith(".data.rel.ro") or section.startswith(".rodata"):
            continue
        where, _, name = fields[0].rpartition(":")
        if name.startswith("__odr_asan"):
            continue
        found.append("%s: %s (%s, %s)" % (where.rpartition(":")[2] or where, name, fields[2], section))
    return found


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    found = writable_symbols(sys.argv[1], sys.argv[2])
    for f in found:
        print("writable global:", f)
    if found:
        print("%d writable globals in %s: make them const, or move them into sk_vm" % (len(found), sys.argv[2]))
        return 1
    print("no writable globals in", sys.argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main())
