"""Command-line option parsing in the style of C's getopt() (the getopt
module), written in coil, with CPython's results and messages.

getopt() stops at the first non-option argument; gnu_getopt() lets options
and arguments mix (unless shortopts starts with '+' or POSIXLY_CORRECT is
set). A short option letter followed by ':' takes an argument, and so does
a long option name ending in '='. Long options may be abbreviated to any
unique prefix.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError  # the old name


def getopt(args, shortopts, longopts=[]):
    """Returns (options, remaining args); options are (option, value) pairs."""
    args = list(args)
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    opts = []
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            args = _long(opts, args[0][2:], longopts, args[1:])
        else:
            args = _short(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options may follow the other arguments."""
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    posix = shortopts.startswith('+') or bool(os.environ.get("POSIXLY_CORRECT"))
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
    opts, rest = [], []
    args = list(args)
    while args:
        arg = args[0]
        if arg == '--':
            rest += args[1:]
            break
        if arg.startswith('--'):
            args = _long(opts, arg[2:], longopts, args[1:])
        elif arg.startswith('-') and arg != '-':
            args = _short(opts, arg[1:], shortopts, args[1:])
        elif posix:
            rest += args
            break
        else:
            rest.append(arg)
            args = args[1:]
    return opts, rest


def _long(opts, text, longopts, args):
    name, eq, value = text.partition('=')
    value = value if eq else None
    takes_value, name = _match_long(name, longopts)
    if takes_value:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % name, name)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value or ''))
    return args


def _match_long(name, longopts):
    # (whether it takes a value, the full name) for an exact or unique prefix.
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = candidates[0]
    return (True, full[:-1]) if full.endswith('=') else (False, full)


def _short(opts, letters, shortopts, args):
    while letters:
        opt, letters = letters[0], letters[1:]
        if _takes_argument(opt, shortopts):
            if letters == '':
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                letters, args = args[0], args[1:]
            value, letters = letters, ''
        else:
            value = ''
        opts.append(('-' + opt, value))
    return args


def _takes_argument(opt, shortopts):
    i = shortopts.find(opt)
    if opt == ':' or i < 0:
        raise GetoptError('option -%s not recognized' % opt, opt)
    return shortopts.startswith(':', i + 1)
