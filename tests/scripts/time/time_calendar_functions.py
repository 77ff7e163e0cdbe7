# time's calendar functions on fixed timestamps: gmtime, struct_time, strftime,
# asctime, and their range and type errors (nothing here depends on the local zone).
import time
st = time.gmtime(1234567890.7)
print(st, len(st), st.tm_zone, st.tm_gmtoff, st[0], st[-1])
print(time.strftime("%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %%", st))
print(time.asctime(st), time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.strftime("%Y", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
t2 = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(t2, t2.tm_zone, t2.tm_gmtoff)
print(time.gmtime(-86400.5))
for bad in [lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime("%Y", (2020, 1, 32, 0, 0, 0, 0, 1, 0)),
            lambda: time.strftime("%Y", (2020, 1, 1, 24, 0, 0, 0, 1, 0)), lambda: time.strftime("%Y", (2020, 1, 1)),
            lambda: time.strftime("%Y", [2020]), lambda: time.gmtime(float("nan")), lambda: time.gmtime(1e300),
            lambda: time.gmtime("x"), lambda: time.struct_time((1, 2)), lambda: time.strftime(5),
            lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0, -2, 1, 0)), lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 0, 367, 0))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(type(time.timezone), type(time.tzname), time.daylight in (0, 1), isinstance(time.mktime(time.localtime()), float))
print(time.struct_time.n_sequence_fields, time.struct_time.n_fields, time.struct_time.n_unnamed_fields)
print(time.gmtime(0) == time.gmtime(0.5), hash(time.gmtime(0)) == hash(time.gmtime(0)), list(time.gmtime(0)))
