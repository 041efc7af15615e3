def f():
    await something()


# expect stderr: File "await_outside_async.py", line 2
# expect stderr: await something()
# expect error: SyntaxError: 'await' outside async function
