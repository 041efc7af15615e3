counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make():
    global created
    created = "yes"
make()
print(created)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = 99
    return counter
print(shadow(), counter)
def del_global():
    global created
    del created
del_global()
print('created' in globals())

# expect: 2
# expect: yes
# expect: 20
# expect: 99 2
# expect: False
