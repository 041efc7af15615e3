# logging to files: basicConfig(filename=..., filemode="w"), a FileHandler
# in append mode, then the files read back; basicConfig's argument checks.
import logging
import os

path = "/tmp/coil_logging_test_%d.log" % os.getpid()
other = path + ".extra"
with open(other, "w") as f:
    f.write("already here\n")
logging.basicConfig(filename=path, filemode="w", level=logging.INFO,
                    format="%(levelname)s %(name)s %(message)s")
log = logging.getLogger("files")
log.info("first line")
log.debug("not written")
log.warning("second %s", "line")
extra = logging.FileHandler(other, mode="a")
extra.setFormatter(logging.Formatter("extra: %(message)s"))
log.addHandler(extra)
log.error("third")
print(extra.baseFilename == other, extra.mode, repr(extra.level))
logging.shutdown()
for name in (path, other):
    with open(name) as f:
        print(f.read(), end="")
    os.remove(name)
for kwargs in [{"filename": path, "stream": None}, {"nosuch": 1}]:
    try:
        logging.basicConfig(force=True, **kwargs)
    except ValueError as e:
        print("ValueError:", e)
print(logging.getLogger().handlers)

# expect: True a 0
# expect: INFO files first line
# expect: WARNING files second line
# expect: ERROR files third
# expect: already here
# expect: extra: third
# expect: ValueError: 'stream' and 'filename' should not be specified together
# expect: ValueError: Unrecognised argument(s): nosuch
# expect: [<StreamHandler <stderr> (NOTSET)>]
