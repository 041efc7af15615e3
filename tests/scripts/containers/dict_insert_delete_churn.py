# Adding and removing keys over and over (as a recursion guard keyed by
# id() does) never fills the table with deletion marks: a lookup of a
# missing key still ends. The keys collide on purpose (48 apart).
guard = {}
base = 140688371042232
for k in (0, 1, 2, 3):
    guard[base + k * 48] = 1
for i in range(4, 2000):
    key = base + i * 48
    guard[key] = 1
    if (key + 144) in guard or (key + 7) in guard:
        print('unexpected')
    del guard[key]
print(len(guard), (base - 1) in guard, base in guard)
churn = {}
for i in range(10000):
    churn[i] = i
    del churn[i]
    churn['k%d' % i] = i
    churn.pop('k%d' % i)
print(churn, len(churn), -1 in churn)

# expect: 4 False True
# expect: {} 0 False
