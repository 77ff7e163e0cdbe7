a = f"", f"abc", f"{x}", f"a{x}b{y}c", f'{x!r} {x!s} {x!a}'
b = f"{x:>10}", f"{x:{w}.{p}}", f"{x:{{}}>10}", f"{x:}", f"{x!r:}", f"{x:a{y}}", f"{x:{y}a}"
c = f"{x=}", f"{x = }", f"{x=!s}", f"{x=:>4}", f"a{x=}b", f"{x.y=}"
d = f"{f'{x}'}", f"{"nested same quotes"}", f"{'a' if x else 'b'}", f"{{}} {{x}}"
e = rf"\n{x}\{{", fr'{x}\N{DASH}', f"\N{EM DASH}{x}", F"{x}" "plain" f"{y}"
g = f"""{
    x
    + y
}""", f"{x:{y:{z}}}", f"{(lambda: 1)()}", f"{x:=5}", f"{(x:=5)}", f"{x!r:^{w}}"
h = "a" f"b" "c", f"{x}" "", f"{3.14:.2f}", f"{d['k']}", f"{x,y}", f"{*x,}"
i = f"{yield_}"
