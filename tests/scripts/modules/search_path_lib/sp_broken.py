# test: module
"""Raises while executing: the import fails and leaves no sys.modules entry."""
print("sp_broken executing")
raise ValueError("broken on purpose")
