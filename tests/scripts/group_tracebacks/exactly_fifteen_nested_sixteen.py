# 15 members print in full; a nested group of 16 prints 15 and a summary.
inner = ExceptionGroup("sixteen", [KeyError(i) for i in range(16)])
raise ExceptionGroup("fifteen", [inner] + [ValueError(i) for i in range(14)])
