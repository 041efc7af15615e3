"""A discrete simulation of a bank with tellers: customers arrive at fixed times, sleeps model service."""
import asyncio

ARRIVALS = [(0.000, "ann", 0.030), (0.005, "bob", 0.010), (0.010, "cy", 0.020),
            (0.012, "dee", 0.005), (0.040, "eve", 0.010)]


async def teller(name, queue, log):
    while True:
        customer, service = await queue.get()
        log.append(f"{name} serves {customer}")
        await asyncio.sleep(service)
        log.append(f"{name} done with {customer}")
        queue.task_done()


async def arrivals(queue, log):
    loop = asyncio.get_running_loop()
    start = loop.time()
    for at, who, service in ARRIVALS:
        delay = start + at - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        log.append(f"{who} arrives")
        await queue.put((who, service))


async def main():
    queue, log = asyncio.Queue(), []
    tellers = [asyncio.create_task(teller(n, queue, log)) for n in ("T1", "T2")]
    await arrivals(queue, log)
    await queue.join()
    for t in tellers:
        t.cancel()
    await asyncio.gather(*tellers, return_exceptions=True)
    served = [line for line in log if " serves " in line]
    print(len(served), "customers served")
    print(sorted(line.split()[-1] for line in served))
    print(sum(1 for line in log if line.endswith("arrives")), "arrivals")
    print(log[0], "|", log[-1].split()[0] in ("T1", "T2"))


asyncio.run(main())
