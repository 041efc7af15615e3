# Nested 'async for' loops left by break: each inner generator is finalized as
# its loop is left, the outer one last; an exhausted generator ran its finally
# itself and is not finalized again.
import asyncio

async def count(n, label):
    try:
        for i in range(n):
            yield i
    finally:
        print("close", label)

async def main():
    async for i in count(3, "outer"):
        async for j in count(3, "inner%d" % i):
            if j == 1:
                break
            print(i, j)
        if i == 1:
            break
    async for k in count(2, "exhausted"):
        print("k", k)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())

# expect: 0 0
# expect: 1 0
# expect: k 0
# expect: k 1
# expect: close exhausted
# expect: close inner0
# expect: close inner1
# expect: close outer
# expect: end
