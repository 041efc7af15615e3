log = []
def f(n):
    try:
        log.append("try")
        if n == 1:
            raise ValueError
        if n == 2:
            return "ret"
    except ValueError:
        log.append("except")
        return "from except"
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return "end"
for n in range(3):
    log.clear()
    r = f(n)
    print(n, r, log)

# expect: 0 end ['try', 'else', 'finally', 'after']
# expect: 1 from except ['try', 'except', 'finally']
# expect: 2 ret ['try', 'finally']
