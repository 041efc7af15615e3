"""tornado: a small tornado-compatible subset written in coil.

It covers callback-style code as tornado 4/5 wrote it (the tutorial's
`AsyncHTTPClient().fetch(url, callback)` then `IOLoop.instance().start()`)
and the awaitable style of tornado 6: `tornado.ioloop`, `tornado.httpclient`,
`tornado.httputil`, `tornado.concurrent` and `tornado.gen`, all on coil's
asyncio loop. No web framework (tornado.web), server side, TLS or gzip; the
README's module table says what is there and what is not."""

# The API mirrors tornado 5.1 (the last one with fetch's callback=).
version = "5.1.1"
version_info = (5, 1, 1, 0)
