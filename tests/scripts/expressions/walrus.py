data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
while (item := data.pop()) != 12:
    print("popped", item)
print(data)

# expect: long 5
# expect: [24, 14, 60]
# expect: 60
# expect: popped 30
# expect: popped 7
# expect: [1, 5]
