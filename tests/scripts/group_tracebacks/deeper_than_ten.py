# Beyond nesting depth 10 the printer stops with "... (max_group_depth is 10)".
eg = ExceptionGroup("level 12", [ValueError("deepest")])
for level in range(11, 0, -1):
    eg = ExceptionGroup(f"level {level}", [eg, TypeError(level)])
raise eg
