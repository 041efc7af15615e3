# A coroutine that is never awaited draws CPython's RuntimeWarning when it
# is collected (here at shutdown); closing it first silences the warning.
async def forgotten():
    print('never printed')

async def closed():
    pass

kept = forgotten()
c = closed()
c.close()
print('end')

# expect: end
# expect stderr: sys:1: RuntimeWarning: coroutine 'forgotten' was never awaited
