class Config:
    name = "cfg"
    size = int("big")

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_in_class_body.py", line 1, in <module>
# expect stderr: class Config:
# expect stderr: File "uncaught_in_class_body.py", line 3, in Config
# expect stderr: size = int("big")
# expect runtime error: ValueError: invalid literal for int() with base 10: 'big'
