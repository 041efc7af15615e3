"""A fake web crawler: simulated fetches with deterministic delays, a Semaphore for concurrency,
as_completed for progress, and a retry-on-failure helper."""
import asyncio

PAGES = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/a/2", "/"],
    "/b": ["/b/1", "/missing"],
    "/c": [],
    "/a/1": [],
    "/a/2": ["/a/1"],
    "/b/1": ["/flaky"],
    "/flaky": [],
}
attempts = {}


class FetchError(Exception):
    pass


async def fetch(url):
    await asyncio.sleep(0.001 * (len(url) % 4))
    attempts[url] = attempts.get(url, 0) + 1
    if url == "/flaky" and attempts[url] < 3:
        raise FetchError(f"{url}: temporary failure #{attempts[url]}")
    if url not in PAGES:
        raise FetchError(f"{url}: 404")
    return PAGES[url]


async def with_retries(coro_fn, *args, tries=3):
    for attempt in range(1, tries + 1):
        try:
            return await coro_fn(*args)
        except FetchError as e:
            if "404" in str(e) or attempt == tries:
                raise
            print("retrying after", e)


async def crawl(start, limit=2):
    sem = asyncio.Semaphore(limit)
    seen, frontier, errors = {start}, [start], []

    async def visit(url):
        async with sem:
            return url, await with_retries(fetch, url)

    while frontier:
        tasks = [asyncio.create_task(visit(u)) for u in frontier]
        frontier = []
        for fut in asyncio.as_completed(tasks):
            try:
                url, links = await fut
            except FetchError as e:
                errors.append(str(e))
                continue
            for link in links:
                if link not in seen:
                    seen.add(link)
                    frontier.append(link)
        frontier.sort()
    return sorted(seen), errors


seen, errors = asyncio.run(crawl("/"))
print("seen:", seen)
print("errors:", errors)
print("attempts:", dict(sorted(attempts.items())))
