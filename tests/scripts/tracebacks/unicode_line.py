name = "Zoë"
greeting = "héllo " + name + 1

# expect stderr: Traceback (most recent call last):
# expect stderr: File "unicode_line.py", line 2, in <module>
# expect stderr: greeting = "héllo " + name + 1
# expect stderr: ~~~~~~~~~~~~~~~~^~~
# expect runtime error: TypeError: can only concatenate str (not "int") to str
