class Guard:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__)
        return False
def work():
    with Guard():
        return {}["key"]
work()

# expect: enter
# expect: exit KeyError
# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_in_with_exit.py", line 11, in <module>
# expect stderr: work()
# expect stderr: File "uncaught_in_with_exit.py", line 10, in work
# expect stderr: return {}["key"]
# expect runtime error: KeyError: 'key'
