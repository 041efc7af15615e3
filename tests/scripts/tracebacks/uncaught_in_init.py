class Point:
    def __init__(self, x, y):
        self.x = float(x)
        self.y = float(y)
p = Point(1, 2)
q = Point(1, "north")

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_in_init.py", line 6, in <module>
# expect stderr: q = Point(1, "north")
# expect stderr: File "uncaught_in_init.py", line 4, in __init__
# expect stderr: self.y = float(y)
# expect runtime error: ValueError: could not convert string to float: 'north'
