from __future__ import braces  # expect error: SyntaxError: not a chance
