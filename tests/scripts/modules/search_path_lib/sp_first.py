# test: module
"""Imported by import_search_path.py through sys.path; imports sp_second."""
print("sp_first executing as", __name__)
import sp_second

VALUE = "first"
