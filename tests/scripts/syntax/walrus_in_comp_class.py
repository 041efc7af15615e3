class C:
    xs = [y := i for i in range(3)]


# expect stderr: File "walrus_in_comp_class.py", line 2
# expect stderr: xs = [y := i for i in range(3)]
# expect error: SyntaxError: assignment expression within a comprehension cannot be used in a class body
