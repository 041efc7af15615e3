x = f'{"\\n"}'  # expect error: SyntaxError: f-string expression part cannot include a backslash
