# test: module
NAME = 'shout'
def run(x):
    return x.upper() + '!'
