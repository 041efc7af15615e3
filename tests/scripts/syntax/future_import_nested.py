from __future__ import annotations
if True:
    from __future__ import division  # expect error: SyntaxError: from __future__ imports must occur at the beginning of the file
