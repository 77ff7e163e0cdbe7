# An exception raised inside a generator shows both the consumer and the generator frames.
def parse_numbers(lines):
    for line in lines:
        yield float(line)
total = 0.0
for value in parse_numbers(["1.5", "2.5", "three"]):
    total += value
    print("running total", total)
