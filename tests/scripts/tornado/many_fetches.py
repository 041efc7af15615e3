# Many fetches at once: 300 through gen.multi (a list and a dict), more
# than max_clients (10) at a time, so most wait in the client's queue; and
# a private client with max_clients=2 and done callbacks.
# Expectations: python3 (Debian's /usr/bin/python3) with tornado 6.2 prints
# the same; the pyenv python3 has no tornado, hence:
# cpython: no
from tornado import gen
from tornado.httpclient import AsyncHTTPClient
from tornado.ioloop import IOLoop
import local_site


async def main():
    base = await local_site.start()
    client = AsyncHTTPClient()
    responses = await gen.multi([client.fetch("%s/page/%d" % (base, i)) for i in range(300)])
    bodies = [r.body for r in responses]
    print(len(bodies), bodies[0], bodies[299], bodies == [("page %d" % i).encode() for i in range(300)])
    by_name = await gen.multi({name: client.fetch(base + "/page/" + name) for name in ["a", "b", "c"]})
    print(sorted((k, v.body) for k, v in by_name.items()))

    small = AsyncHTTPClient(force_instance=True, max_clients=2)
    done = []
    finished = IOLoop.current().asyncio_loop.create_future()

    def collect(response):
        done.append(response.body)
        if len(done) == 20:
            finished.set_result(None)

    for i in range(20):
        small.fetch("%s/page/%d" % (base, i)).add_done_callback(lambda f: collect(f.result()))
    await finished
    print(sorted(done) == sorted(("page %d" % i).encode() for i in range(20)))


IOLoop.current().run_sync(main)
# expect: 300 b'page 0' b'page 299' True
# expect: [('a', b'page a'), ('b', b'page b'), ('c', b'page c')]
# expect: True
