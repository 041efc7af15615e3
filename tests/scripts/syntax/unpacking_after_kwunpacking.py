f(**k, *a)  # expect error: SyntaxError: iterable argument unpacking follows keyword argument unpacking
