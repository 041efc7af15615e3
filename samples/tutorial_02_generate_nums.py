# The tutorial's infinite generator, stopped by the consumer.
def generate_nums():
    num = 0
    while True:
        yield num
        num = num + 1

nums = generate_nums()
 
for x in nums:
    print(x)
    if x > 9:
        break

# expect: 0
# expect: 1
# expect: 2
# expect: 3
# expect: 4
# expect: 5
# expect: 6
# expect: 7
# expect: 8
# expect: 9
# expect: 10
