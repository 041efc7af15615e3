# Validating a batch of user records, collecting every error in an
# ExceptionGroup per record and handling them by kind with except*.
class FieldError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

class MissingField(FieldError):
    pass

def validate(record):
    errors = []
    for field in ("name", "age", "email"):
        if field not in record:
            errors.append(MissingField(field, "missing"))
    if "age" in record:
        try:
            age = int(record["age"])
            if not 0 <= age <= 150:
                errors.append(FieldError("age", f"out of range: {age}"))
        except ValueError:
            errors.append(FieldError("age", f"not a number: {record['age']!r}"))
    if "email" in record and "@" not in record["email"]:
        errors.append(FieldError("email", "no @"))
    if errors:
        raise ExceptionGroup(f"record {record.get('name', '?')!r} is invalid", errors)
    return record

records = [
    {"name": "ada", "age": "36", "email": "ada@example.org"},
    {"name": "bob", "age": "abc", "email": "bob"},
    {"age": "200"},
    {"name": "cy", "email": "cy@example.org"},
]
valid, report = [], []
for r in records:
    try:
        valid.append(validate(r))
    except* MissingField as eg:
        report.append(f"{eg.message}: missing {sorted(e.field for e in eg.exceptions)}")
    except* FieldError as eg:
        for e in eg.exceptions:
            report.append(f"{eg.message}: {e}")
print([v["name"] for v in valid])
print("\n".join(report))

# the whole batch as one group of groups, taken apart with split()
batch = []
for r in records:
    try:
        validate(r)
    except ExceptionGroup as eg:
        batch.append(eg)
everything = ExceptionGroup("batch failed", batch)
missing, other = everything.split(MissingField)
print(len(missing.exceptions), "records with missing fields;", len(other.exceptions), "with other errors")
print(sum(1 for _ in other.exceptions[0].exceptions))
only_age = everything.subgroup(lambda e: isinstance(e, FieldError) and e.field == "age")
print(repr(only_age))

# expect: ['ada']
# expect: record 'bob' is invalid: age: not a number: 'abc'
# expect: record 'bob' is invalid: email: no @
# expect: record '?' is invalid: missing ['email', 'name']
# expect: record '?' is invalid: age: out of range: 200
# expect: record 'cy' is invalid: missing ['age']
# expect: 2 records with missing fields; 2 with other errors
# expect: 2
# expect: ExceptionGroup('batch failed', [ExceptionGroup("record 'bob' is invalid", [FieldError("age: not a number: 'abc'")]), ExceptionGroup("record '?' is invalid", [FieldError('age: out of range: 200')]), ExceptionGroup("record 'cy' is invalid", [MissingField('age: missing')])])
