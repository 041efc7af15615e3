from __future__ import annotations, spam  # expect error: SyntaxError: future feature spam is not defined
