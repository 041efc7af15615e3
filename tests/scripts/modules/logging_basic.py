# logging: lastResort without configuration (warning and up, message only,
# on stderr), basicConfig with level/format/stream, the logger hierarchy,
# handlers with their own levels and formatters, propagate, filters,
# %-style arguments, exception() with its traceback, the three format styles.
import logging
import os
import sys


class HideFolder:
    """sys.stdout without this file's folder in the tracebacks' paths."""

    def __init__(self, out):
        self.out = out
        self.folder = os.path.dirname(os.path.abspath(__file__)) + os.sep

    def write(self, text):
        return self.out.write(text.replace(self.folder, ""))

    def flush(self):
        pass


out = HideFolder(sys.stdout)
logging.getLogger("app.db").warning("no handlers yet: %s", "last resort")
logging.getLogger("app.db").info("not shown")
logging.warning("the module's functions configure the root logger")
logging.getLogger("app.db").error("db error %d", 42)
logging.getLogger().handlers.clear()

logging.basicConfig(level=logging.DEBUG, stream=out,
                    format="%(levelname)s:%(name)s:%(message)s")
logging.debug("debug shown now")
logging.basicConfig(level=logging.ERROR)          # ignored: already configured
db = logging.getLogger("app.db")
app = logging.getLogger("app")
print(db.name, db.parent is app, app.parent is logging.getLogger(), db.level,
      db.getEffectiveLevel(), logging.getLogger("app.db") is db)
db.info("info via root: %s and %r", "text", "repr")

handler = logging.StreamHandler(out)
handler.setLevel(logging.WARNING)
handler.setFormatter(logging.Formatter(
    "[%(name)s] %(levelname)-8s %(funcName)s:%(lineno)d %(module)s %(filename)s | %(message)s"))
app.addHandler(handler)


def save():
    db.warning("disk %d%% full", 91)


save()
db.info("below the handler's level: root only")
app.propagate = False
db.critical("not propagated to root")
app.setLevel(logging.ERROR)
db.warning("dropped by app's level")
print(db.getEffectiveLevel(), db.isEnabledFor(logging.WARNING))


class EvenOnly(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


handler.addFilter(EvenOnly())
for i in range(4):
    db.error("n=%d", i)
handler.filters.clear()
named = logging.Filter("app.web")
handler.addFilter(named)
db.error("filtered by name")
logging.getLogger("app.web.views").error("passes the name filter")
handler.removeFilter(named)

try:
    {}["missing"]
except KeyError:
    db.exception("lookup failed for %s", "missing")

handler.setFormatter(logging.Formatter("{levelname} {name}: {message}", style="{"))
db.error("brace style")
handler.setFormatter(logging.Formatter("$levelname ${name}: $message", style="$"))
db.error("dollar style")
db.error("mapping %(a)s/%(b)s", {"a": 1, "b": 2})
logging.addLevelName(25, "NOTICE")
app.setLevel(logging.DEBUG)
db.log(25, "custom level")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(33))
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL)
print(repr(db), repr(logging.StreamHandler(sys.stdout)), repr(logging.getLogger()))
adapter = logging.LoggerAdapter(db, {"user": "ann"})
adapter.warning("through an adapter")
db.error("with stack", stack_info=True)

# expect: DEBUG:root:debug shown now
# expect: app.db True True 0 10 True
# expect: INFO:app.db:info via root: text and 'repr'
# expect: [app.db] WARNING  save:49 logging_basic logging_basic.py | disk 91% full
# expect: WARNING:app.db:disk 91% full
# expect: INFO:app.db:below the handler's level: root only
# expect: [app.db] CRITICAL <module>:55 logging_basic logging_basic.py | not propagated to root
# expect: 40 False
# expect: [app.db] ERROR    <module>:68 logging_basic logging_basic.py | n=0
# expect: [app.db] ERROR    <module>:68 logging_basic logging_basic.py | n=2
# expect: [app.web.views] ERROR    <module>:73 logging_basic logging_basic.py | passes the name filter
# expect: [app.db] ERROR    <module>:79 logging_basic logging_basic.py | lookup failed for missing
# expect: Traceback (most recent call last):
# expect:   File "logging_basic.py", line 77, in <module>
# expect:     {}["missing"]
# expect:     ~~^^^^^^^^^^^
# expect: KeyError: 'missing'
# expect: ERROR app.db: brace style
# expect: ERROR app.db: dollar style
# expect: ERROR app.db: mapping 1/2
# expect: NOTICE 25 Level 33
# expect: 10 20 30 40 50
# expect: <Logger app.db (DEBUG)> <StreamHandler <stdout> (NOTSET)> <RootLogger root (DEBUG)>
# expect: WARNING app.db: through an adapter
# expect: ERROR app.db: with stack
# expect: Stack (most recent call last):
# expect:   File "logging_basic.py", line 94, in <module>
# expect:     db.error("with stack", stack_info=True)
# expect stderr: no handlers yet: last resort
# expect stderr: WARNING:root:the module's functions configure the root logger
# expect stderr: ERROR:app.db:db error 42
