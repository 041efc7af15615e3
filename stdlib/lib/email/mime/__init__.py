# coil's copy of CPython 3.11's Lib/email/mime/__init__.py, unchanged (PSF licence: see NOTICE).
