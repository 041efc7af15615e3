# logging.config (dictConfig, fileConfig) and logging.handlers (rotating
# files, memory buffering, queues) as CPython's own modules behave.
import io
import logging
import logging.config
import logging.handlers
import os
import queue
import sys
import tempfile

captured = io.StringIO()
logging.config.dictConfig({
    'version': 1,
    'disable_existing_loggers': False,
    'formatters': {'plain': {'format': '%(levelname)s %(name)s: %(message)s'},
                   'braces': {'format': '{levelname}|{message}', 'style': '{'}},
    'filters': {'shop_only': {'name': 'shop'}},
    'handlers': {
        'keep': {'class': 'logging.StreamHandler', 'formatter': 'plain',
                 'stream': captured, 'level': 'INFO'},
        'show': {'class': 'logging.StreamHandler', 'formatter': 'braces',
                 'stream': 'ext://sys.stdout', 'filters': ['shop_only']},
    },
    'loggers': {'shop': {'handlers': ['keep', 'show'], 'level': 'DEBUG', 'propagate': False}},
    'root': {'level': 'WARNING', 'handlers': []},
})
logging.getLogger('shop').debug('opened at %d', 9)
logging.getLogger('shop.till').warning('low on change')
print(repr(captured.getvalue()))

logging.config.fileConfig(io.StringIO('''[loggers]
keys=root,audit
[handlers]
keys=out
[formatters]
keys=f
[logger_root]
level=CRITICAL
handlers=
[logger_audit]
level=INFO
handlers=out
qualname=audit
propagate=0
[handler_out]
class=StreamHandler
formatter=f
args=(sys.stdout,)
[formatter_f]
format=<%(name)s> %(message)s
'''), disable_existing_loggers=False)
logging.getLogger('audit').info('from an ini file')
logging.getLogger('audit').debug('below the level')

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'app.log')
rotating = logging.handlers.RotatingFileHandler(path, maxBytes=40, backupCount=2)
rotating.setFormatter(logging.Formatter('%(message)s'))
files = logging.getLogger('files')
files.propagate = False
files.addHandler(rotating)
files.setLevel(logging.INFO)
for n in range(8):
    files.info('entry %02d', n)
rotating.close()
print(sorted(os.listdir(folder)), open(path).read().split())

echo = logging.StreamHandler(sys.stdout)
echo.setFormatter(logging.Formatter('flushed: %(message)s'))
buffered = logging.handlers.MemoryHandler(5, flushLevel=logging.ERROR, target=echo)
mem = logging.getLogger('mem')
mem.propagate = False
mem.setLevel(logging.DEBUG)
mem.addHandler(buffered)
mem.warning('one')
print('held', len(buffered.buffer))
mem.error('two')
q = queue.Queue()
qlog = logging.getLogger('queued')
qlog.propagate = False
qlog.setLevel(logging.INFO)
qlog.addHandler(logging.handlers.QueueHandler(q))
qlog.warning('via %s', 'queue')
record = q.get_nowait()
print(record.getMessage(), record.args, record.levelname)
try:
    logging.config.dictConfig({'version': 2})
except ValueError as e:
    print(e)

# expect: DEBUG|opened at 9
# expect: WARNING|low on change
# expect: 'WARNING shop.till: low on change\n'
# expect: <audit> from an ini file
# expect: ['app.log', 'app.log.1'] ['entry', '04', 'entry', '05', 'entry', '06', 'entry', '07']
# expect: held 1
# expect: flushed: one
# expect: flushed: two
# expect: via queue None WARNING
# expect: Unsupported version: 2
