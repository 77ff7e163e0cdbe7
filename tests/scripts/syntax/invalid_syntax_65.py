{x: y for x}
