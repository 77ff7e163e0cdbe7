# Past 15 members the rest are summarised as "... (N more exceptions)".
raise ExceptionGroup("too many", [ValueError(i) for i in range(20)])
