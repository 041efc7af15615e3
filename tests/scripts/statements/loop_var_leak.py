for i in range(3):
    pass
print(i)
for i in []:
    pass
print(i)
x = [j for j in range(5)]
try:
    print(j)
except NameError as e:
    print(e)
k = 10
while k > 7:
    k -= 1
print(k)

# expect: 2
# expect: 2
# expect: name 'j' is not defined
# expect: 7
