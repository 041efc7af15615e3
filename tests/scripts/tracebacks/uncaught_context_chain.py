def load():
    try:
        return {}["config"]
    except KeyError:
        raise ValueError("could not load")
load()

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_context_chain.py", line 3, in load
# expect stderr: return {}["config"]
# expect stderr: KeyError: 'config'
# expect stderr: During handling of the above exception, another exception occurred:
# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_context_chain.py", line 6, in <module>
# expect stderr: load()
# expect stderr: File "uncaught_context_chain.py", line 5, in load
# expect stderr: raise ValueError("could not load")
# expect runtime error: ValueError: could not load
