# A class pattern with something that is not a class.
match 5:
    case len():
        pass

# expect runtime error: TypeError: called match pattern must be a type
