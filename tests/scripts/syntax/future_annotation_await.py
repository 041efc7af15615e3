from __future__ import annotations


async def f() -> await g():  # expect error: SyntaxError: 'await expression' can not be used within an annotation
    pass
