# break leaving an except* clause.
for i in range(3):
    try:
        pass
    except* ValueError:
        break

# expect error: SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block
