# An exception in finally while another propagates: both appear, linked by context.
def risky():
    try:
        return 1 / 0
    finally:
        cleanup = None
        cleanup.close()
risky()
