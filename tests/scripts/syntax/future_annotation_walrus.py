from __future__ import annotations


def f(a: (n := 1)):  # expect error: SyntaxError: 'named expression' can not be used within an annotation
    pass
