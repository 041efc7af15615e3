# test: module
NAME = 'greet'
def run(x):
    return f'hello {x}'
