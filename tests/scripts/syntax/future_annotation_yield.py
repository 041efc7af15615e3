from __future__ import annotations


def f():
    x: (yield) = 1  # expect error: SyntaxError: 'yield expression' can not be used within an annotation
