# A future import after any other statement.
# expect error: SyntaxError: from __future__ imports must occur at the beginning of the file
# expect stderr: from __future__ import annotations
# expect stderr: ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
import sys
from __future__ import annotations
