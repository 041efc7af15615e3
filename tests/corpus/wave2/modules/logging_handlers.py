# logging in a small service: named loggers in a hierarchy, levels, formatters,
# a StreamHandler on stdout, filters, propagate, exception logging and lazy args.
import logging
import sys

root = logging.getLogger()
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
root.addHandler(handler)
root.setLevel(logging.INFO)

log = logging.getLogger("app")
db = logging.getLogger("app.db")
log.info("service starting on port %d", 8080)
db.debug("hidden debug")
db.setLevel(logging.DEBUG)
db.debug("now visible: %s rows", 12)
log.warning("disk at %.1f%%", 93.456)
print(db.parent is log, log.parent is root, db.getEffectiveLevel(), log.getEffectiveLevel(), logging.getLevelName(30))


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0


log.addFilter(OnlyEven())
for i in range(4):
    log.info("request %d", i)
log.filters.clear()
try:
    {}["missing"]
except KeyError:
    log.exception("lookup failed")
other = logging.getLogger("other")
other.propagate = False
other.error("this goes nowhere visible? %s", "no handler")
logging.disable(logging.WARNING)
log.warning("disabled")
logging.disable(logging.NOTSET)
log.error("enabled again")
fmt = logging.Formatter("[%(levelname)s|%(name)s|%(funcName)s] %(message)s")
handler.setFormatter(fmt)


def handle_request():
    log.critical("from a function")


handle_request()
adapter = logging.LoggerAdapter(log, {"user": "ann"})
adapter.info("adapter message")
print(logging.getLevelName("ERROR"), logging.getLevelName(5), logging.DEBUG, logging.root is root, log.isEnabledFor(logging.DEBUG))
