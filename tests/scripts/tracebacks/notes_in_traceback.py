# Notes added with add_note are printed after the exception line.
def validate(record):
    if "id" not in record:
        err = KeyError("id")
        err.add_note(f"record: {record!r}")
        err.add_note("every record needs an 'id' field")
        raise err
    return record["id"]
print(validate({"id": 1}))
validate({"name": "x"})
