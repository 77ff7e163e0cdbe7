# Converting a subset of Markdown to HTML: headings, lists, emphasis, code, links, paragraphs, escaping.
DOC = """# Release notes

Version **2.1** brings *faster* parsing & fewer <bugs>.

## Changes
- Added `--verbose` flag
- Fixed [issue 42](https://example.com/42)
- Removed *deprecated* API

1. Download
2. Install
3. Enjoy **everything**

```
code block <kept> as is
  indentation too
```

Plain paragraph
spanning two lines.
"""
def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
def inline(text):
    out, i = [], 0
    text = escape(text)
    while i < len(text):
        if text.startswith("**", i):
            j = text.find("**", i + 2)
            if j != -1:
                out.append(f"<strong>{inline(text[i + 2:j])}</strong>")
                i = j + 2
                continue
        if text[i] == "*":
            j = text.find("*", i + 1)
            if j != -1:
                out.append(f"<em>{text[i + 1:j]}</em>")
                i = j + 1
                continue
        if text[i] == "`":
            j = text.find("`", i + 1)
            if j != -1:
                out.append(f"<code>{text[i + 1:j]}</code>")
                i = j + 1
                continue
        if text[i] == "[":
            close = text.find("](", i)
            end = text.find(")", close)
            if close != -1 and end != -1:
                out.append(f'<a href="{text[close + 2:end]}">{text[i + 1:close]}</a>')
                i = end + 1
                continue
        out.append(text[i])
        i += 1
    return "".join(out)
def convert(md):
    html, para, list_kind, in_code = [], [], None, False
    def flush_para():
        if para:
            html.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
    def close_list():
        nonlocal list_kind
        if list_kind:
            html.append(f"</{list_kind}>")
            list_kind = None
    for line in md.splitlines():
        if line.startswith("```"):
            if in_code:
                html.append("</code></pre>")
            else:
                flush_para(); close_list()
                html.append("<pre><code>")
            in_code = not in_code
            continue
        if in_code:
            html.append(escape(line))
            continue
        stripped = line.strip()
        if not stripped:
            flush_para(); close_list()
            continue
        if stripped.startswith("#"):
            flush_para(); close_list()
            level = len(stripped) - len(stripped.lstrip("#"))
            html.append(f"<h{level}>{inline(stripped[level:].strip())}</h{level}>")
            continue
        kind = "ul" if stripped[:2] in ("- ", "* ") else "ol" if stripped.split(".")[0].isdigit() and ". " in stripped else None
        if kind:
            flush_para()
            if list_kind != kind:
                close_list()
                html.append(f"<{kind}>")
                list_kind = kind
            item = stripped[2:] if kind == "ul" else stripped.split(". ", 1)[1]
            html.append(f"  <li>{inline(item)}</li>")
            continue
        close_list()
        para.append(stripped)
    flush_para(); close_list()
    if in_code:
        raise ValueError("unclosed code block")
    return "\n".join(html)
print(convert(DOC))
print(inline("a **b *c* d** e"), inline("unclosed *star"), inline("x < y & z"))
try:
    convert("```\nnever closed")
except ValueError as e:
    print("ValueError", e)
