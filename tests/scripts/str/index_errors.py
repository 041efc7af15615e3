# Errors of str indexing.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "abc"[3])       # expect: IndexError: string index out of range
show(lambda: "abc"[-4])      # expect: IndexError: string index out of range
show(lambda: ""[0])          # expect: IndexError: string index out of range
show(lambda: "abc"[1.0])     # expect: TypeError: string indices must be integers, not 'float'
show(lambda: "abc"["a"])     # expect: TypeError: string indices must be integers, not 'str'
show(lambda: "abc"[2**100])  # expect: IndexError: cannot fit 'int' into an index-sized integer
show(lambda: "abc"[::0])     # expect: ValueError: slice step cannot be zero
class I:
    def __index__(self):
        return 1
show(lambda: "abc"[I()])     # expect: b
