# test: module
"""Imports sp_first back (a cycle): sees it partly initialised."""
print("sp_second executing")
import sp_first

counter = 0
saw_value = hasattr(sp_first, "VALUE")
