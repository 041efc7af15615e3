# continue leaving an except* clause.
for i in range(3):
    try:
        pass
    except* ValueError:
        continue

# expect error: SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block
