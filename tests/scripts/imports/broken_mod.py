print("broken_mod: running until the error")
PARTIAL = 1
raise RuntimeError("broken_mod failed during import")
