for i in range(5):
    try:
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after", i)
for i in range(3):
    try:
        try:
            if i == 1:
                continue
            print("inner", i)
        finally:
            print("inner finally", i)
    finally:
        print("outer finally", i)

# expect: body 0
# expect: finally 0
# expect: body 1
# expect: finally 1
# expect: finally 2
# expect: after 2
# expect: inner 0
# expect: inner finally 0
# expect: outer finally 0
# expect: inner finally 1
# expect: outer finally 1
# expect: inner 2
# expect: inner finally 2
# expect: outer finally 2
