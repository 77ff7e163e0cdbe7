# A CSV parser handling quotes, escaped quotes and embedded newlines, feeding a grouped report.
DATA = '''region,product,units,unit_price,note
North,"Widget, large",12,3.50,
South,Gadget,5,10.00,"said ""urgent"""
North,Gadget,3,10.00,"two
lines"
East,"Widget, large",7,3.50,
South,Widget,20,1.25,bulk
North,Widget,,1.25,missing units
West,Gizmo,4,x,bad price
'''
class CSVError(ValueError):
    pass
def parse_csv(text):
    rows, row, field, i, quoted = [], [], [], 0, False
    line = 1
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == '"':
                if text[i + 1:i + 2] == '"':
                    field.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                if ch == "\n":
                    line += 1
                field.append(ch)
        elif ch == '"':
            if field:
                raise CSVError(f"unexpected quote on line {line}")
            quoted = True
        elif ch == ",":
            row.append("".join(field))
            field = []
        elif ch == "\n":
            row.append("".join(field))
            rows.append(row)
            row, field = [], []
            line += 1
        else:
            field.append(ch)
        i += 1
    if quoted:
        raise CSVError("unterminated quoted field")
    if field or row:
        row.append("".join(field))
        rows.append(row)
    return rows
rows = parse_csv(DATA)
header, records = rows[0], rows[1:]
print(header, len(records))
for r in records:
    print(r)
totals, problems = {}, []
for n, rec in enumerate(records, start=2):
    d = dict(zip(header, rec))
    try:
        units = int(d["units"])
        price = float(d["unit_price"])
    except ValueError as e:
        problems.append(f"record {n}: {e}")
        continue
    key = (d["region"], d["product"])
    totals[key] = totals.get(key, 0) + units * price
print(f"{'region':<8}{'product':<16}{'revenue':>10}")
for (region, product), revenue in sorted(totals.items()):
    print(f"{region:<8}{product:<16}{revenue:>10.2f}")
by_region = {}
for (region, _), revenue in totals.items():
    by_region[region] = by_region.get(region, 0) + revenue
print({k: round(v, 2) for k, v in sorted(by_region.items(), key=lambda kv: -kv[1])})
print("\n".join(problems))
for bad in ['a,"b\n', 'a,b"c"\n']:
    try:
        parse_csv(bad)
    except CSVError as e:
        print("CSVError", e)
