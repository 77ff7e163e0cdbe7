# Printing month calendars and computing weekdays, leap years and date differences without datetime.
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    if not 1 <= m <= 12:
        raise ValueError(f"month must be 1..12, not {m}")
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def weekday(y, m, d):
    """0 = Monday ... 6 = Sunday (Zeller's congruence)."""
    if m < 3:
        m += 12
        y -= 1
    h = (d + 13 * (m + 1) // 5 + y + y // 4 - y // 100 + y // 400) % 7
    return (h + 5) % 7
def day_number(y, m, d):
    if not 1 <= d <= days_in_month(y, m):
        raise ValueError(f"{y}-{m:02d} has no day {d}")
    y1 = y - 1
    return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + sum(days_in_month(y, k) for k in range(1, m)) + d
def month_calendar(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20).rstrip(), "Mo Tu We Th Fr Sa Su"]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]).rstrip())
    return "\n".join(lines)
print(month_calendar(2024, 2))
print()
print(month_calendar(2000, 1))
print()
names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
for date in [(1969, 7, 20), (2000, 1, 1), (1999, 12, 31), (2024, 2, 29), (1900, 3, 1), (2038, 1, 19)]:
    print(date, names[weekday(*date)])
print([y for y in (1900, 1996, 2000, 2023, 2024, 2100, 2400) if is_leap(y)])
print("days between moon landing and Y2K:", day_number(2000, 1, 1) - day_number(1969, 7, 20))
print("day of year 2024-12-31:", day_number(2024, 12, 31) - day_number(2024, 1, 1) + 1)
fridays = [(y, m) for y in (2023, 2024, 2025) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday the 13th:", fridays)
for bad in [(2023, 2, 29), (2024, 13, 1), (2024, 4, 31)]:
    try:
        day_number(*bad)
    except ValueError as e:
        print("ValueError", e)
