"""logging configured to write to stdout: levels, formatters, named loggers, handlers, exceptions."""
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
root = logging.getLogger()
root.addHandler(handler)
root.setLevel(logging.INFO)

log = logging.getLogger("app")
db = logging.getLogger("app.db")

log.debug("hidden at INFO level")
log.info("starting with %d workers", 4)
log.warning("disk at %.1f%%", 91.256)
db.error("connection to %s failed", "db.local")
db.setLevel(logging.DEBUG)
db.debug("db debug now visible? %s", "only if the handler allows it")
log.info("db effective level: %s", logging.getLevelName(db.getEffectiveLevel()))
print(db.parent.name, db.isEnabledFor(logging.DEBUG), log.isEnabledFor(logging.DEBUG))

try:
    {}["missing"]
except KeyError:
    log.exception("lookup failed")


class Only(logging.Filter):
    def filter(self, record):
        return "keep" in record.getMessage()


quiet = logging.getLogger("filtered")
quiet.addFilter(Only())
quiet.warning("drop this")
quiet.warning("keep this one")
custom = logging.getLogger("custom")
custom.propagate = False
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("[%(levelno)s|%(funcName)s|%(lineno)s] %(msg)s"))
custom.addHandler(h2)


def work():
    custom.critical("from a function")


work()
logging.info("module-level info through the root logger")
print(logging.WARNING, logging.getLevelName(40), logging.getLevelName("ERROR"))
