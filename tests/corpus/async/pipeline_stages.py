"""A three-stage async pipeline connected by queues with back-pressure and a None terminator."""
import asyncio


async def source(out_q, items):
    for item in items:
        await out_q.put(item)
    await out_q.put(None)


async def stage(name, fn, in_q, out_q):
    processed = 0
    while (item := await in_q.get()) is not None:
        result = await fn(item)
        processed += 1
        if result is not None:
            await out_q.put(result)
    await out_q.put(None)
    return f"{name}: {processed}"


async def sink(in_q, collected):
    while (item := await in_q.get()) is not None:
        collected.append(item)
    return "sink"


async def parse(line):
    await asyncio.sleep(0)
    parts = line.split("=")
    return (parts[0].strip(), int(parts[1])) if len(parts) == 2 else None


async def enrich(pair):
    await asyncio.sleep(0)
    key, value = pair
    return {"key": key, "value": value, "square": value * value}


async def main():
    lines = ["a = 1", "b = 2", "garbage", "c = 30", "d=4"]
    q1, q2, q3 = asyncio.Queue(2), asyncio.Queue(2), asyncio.Queue(2)
    collected = []
    summaries = await asyncio.gather(
        source(q1, lines),
        stage("parse", parse, q1, q2),
        stage("enrich", enrich, q2, q3),
        sink(q3, collected),
    )
    print(summaries)
    for row in collected:
        print(row)
    print(sum(r["square"] for r in collected))


asyncio.run(main())
