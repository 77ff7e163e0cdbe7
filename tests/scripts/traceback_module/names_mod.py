# Imported by suggestions_and_carets.py.
def format_report():
    return "report"
