# A simulated crawler: fetches run in an asyncio.TaskGroup; failures come
# back as one ExceptionGroup, split into retryable and fatal ones.
import asyncio

class FetchError(Exception):
    pass

class Timeout(FetchError):
    pass

class NotFound(FetchError):
    pass

PAGES = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/d"],
    "/b": [],
    "/d": ["/e", "/slow"],
}

async def fetch(url, attempt):
    await asyncio.sleep(0.01 * len(url))
    if url == "/slow" and attempt < 2:
        raise Timeout(f"{url} timed out (attempt {attempt})")
    if url not in PAGES and url != "/slow":
        raise NotFound(url)
    return PAGES.get(url, [])

async def crawl(start):
    seen = {start}
    frontier = [start]
    attempts = {}
    order = []
    while frontier:
        results = {}
        try:
            async with asyncio.TaskGroup() as tg:
                for url in frontier:
                    attempts[url] = attempts.get(url, 0) + 1
                    results[url] = tg.create_task(fetch(url, attempts[url]))
        except* Timeout as eg:
            retry = [str(e).split()[0] for e in eg.exceptions]
            print("retrying", retry)
        except* NotFound as eg:
            print("not found:", sorted(str(e) for e in eg.exceptions))
        next_frontier = []
        for url, task in results.items():
            if task.done() and not task.cancelled() and task.exception() is None:
                order.append(url)
                for link in task.result():
                    if link not in seen:
                        seen.add(link)
                        next_frontier.append(link)
            elif task.done() and not task.cancelled() and isinstance(task.exception(), Timeout):
                next_frontier.append(url)
        frontier = next_frontier
    return order

print(asyncio.run(crawl("/")))

# expect: not found: ['/c']
# expect: not found: ['/e']
# expect: ['/', '/a', '/b', '/d']
