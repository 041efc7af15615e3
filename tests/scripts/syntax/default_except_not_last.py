try:
    pass
except:
    pass
except ValueError:
    pass


# expect stderr: File "default_except_not_last.py", line 3
# expect stderr: except:
# expect error: SyntaxError: default 'except:' must be last
