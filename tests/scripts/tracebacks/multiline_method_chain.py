text = "hello"
shout = (text
    .upper()
    .exclaim())

# expect stderr: Traceback (most recent call last):
# expect stderr: File "multiline_method_chain.py", line 4, in <module>
# expect stderr: .exclaim())
# expect stderr: ^^^^^^^
# expect runtime error: AttributeError: 'str' object has no attribute 'exclaim'
