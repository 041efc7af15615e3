# logging.Formatter: asctime with the default and a custom datefmt, msecs,
# and the format checks (bad % / { / $ formats, unknown style).
import logging
import sys
import time


class FixedTime(logging.Filter):
    """Pins the record's time so that the output is reproducible."""

    def filter(self, record):
        record.created = 1700000000.25
        record.msecs = 250.0
        return True


log = logging.getLogger("clock")
log.propagate = False
handler = logging.StreamHandler(sys.stdout)
handler.addFilter(FixedTime())
log.addHandler(handler)
formatter = logging.Formatter("%(asctime)s %(levelname)s %(message)s")
formatter.converter = time.gmtime
handler.setFormatter(formatter)
log.warning("default datefmt")
formatter = logging.Formatter("%(asctime)s|%(message)s", datefmt="%d/%m/%Y %H:%M")
formatter.converter = time.gmtime
handler.setFormatter(formatter)
log.warning("custom datefmt")
handler.setFormatter(logging.Formatter("%(message)s (%(levelno)d) %(msecs)d"))
log.error("levelno and msecs")

for fmt, style in [("%(message", "%"), ("no fields", "%"), ("{message", "{"),
                   ("{message!x}", "{"), ("{}", "{"), ("plain", "{"),
                   ("$", "$"), ("no fields", "$"), ("%(message)s", "?")]:
    try:
        logging.Formatter(fmt, style=style)
        print("ok:", fmt)
    except ValueError as e:
        print("ValueError:", e)
for fmt in ["%(message)-10s|", "%(levelno)05d", "{message:>10}", "{levelno:03d}", "${message}!"]:
    style = fmt[0] if fmt[0] in "{$" else "%"
    handler.setFormatter(logging.Formatter(fmt, style=style))
    log.error("x")

# expect: 2023-11-14 22:13:20,250 WARNING default datefmt
# expect: 14/11/2023 22:13|custom datefmt
# expect: levelno and msecs (40) 250
# expect: ValueError: Invalid format '%(message' for '%' style
# expect: ValueError: Invalid format 'no fields' for '%' style
# expect: ValueError: invalid format: expected '}' before end of string
# expect: ValueError: invalid format: invalid conversion: 'x'
# expect: ValueError: invalid format: no fields
# expect: ValueError: invalid format: no fields
# expect: ValueError: invalid format: bare '$' not allowed
# expect: ValueError: invalid format: no fields
# expect: ValueError: Style must be one of: %,{,$
# expect: x         |
# expect: 00040
# expect:          x
# expect: 040
# expect: x!
