"""A small service with a typical logging setup: a console handler on
stdout, a stricter handler on stderr, per-module loggers, a filter, and
exceptions logged with their traceback."""
import logging
import sys


class RequestFilter(logging.Filter):
    """Adds a request id to each record and drops health checks."""

    def __init__(self):
        super().__init__()
        self.counter = 0

    def filter(self, record):
        if "healthz" in record.getMessage():
            return False
        self.counter += 1
        record.request_id = f"req-{self.counter:03d}"
        return True


def setup():
    root = logging.getLogger("shop")
    root.setLevel(logging.DEBUG)
    console = logging.StreamHandler(sys.stdout)
    console.setLevel(logging.INFO)
    console.setFormatter(logging.Formatter("%(request_id)s %(levelname)-7s %(name)s: %(message)s"))
    console.addFilter(RequestFilter())
    errors = logging.StreamHandler(sys.stderr)
    errors.setLevel(logging.ERROR)
    errors.setFormatter(logging.Formatter("!! %(name)s %(funcName)s: %(message)s"))
    root.addHandler(console)
    root.addHandler(errors)
    return root


log = setup()
db_log = logging.getLogger("shop.db")
api_log = logging.getLogger("shop.api")
STOCK = {"apple": 3, "pear": 0}


def get_item(name):
    db_log.debug("looking up %s", name)
    if name not in STOCK:
        raise KeyError(name)
    return STOCK[name]


def handle(path):
    api_log.info("GET %s", path)
    name = path.rsplit("/", 1)[-1]
    try:
        count = get_item(name)
    except KeyError:
        api_log.exception("unknown item %r", name)
        return 404
    if count == 0:
        api_log.warning("%s is out of stock", name)
        return 409
    return 200


for path in ["/items/apple", "/healthz", "/items/pear", "/items/plum"]:
    print(path, "->", handle(path))
db_log.setLevel(logging.WARNING)
logging.getLogger("shop.db.pool").info("not shown: shop.db is at WARNING")
logging.getLogger("shop.db.pool").error("pool exhausted (%d connections)", 10)
print(db_log.getEffectiveLevel(), logging.getLogger("shop.db.pool").getEffectiveLevel())
logging.getLogger("other").warning("no handler here: %s", "last resort on stderr")
