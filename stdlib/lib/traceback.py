"""Extract, format and print information about Python stack traces.

coil's version of CPython 3.11's traceback module. The entries of a
traceback come from the native _traceback module, and the text of each entry
(source line, ^^^ markers, repeated-line collapsing) is the one the VM prints
for an uncaught exception, so both always agree. Frames (walk_tb, walk_stack,
capture_locals) come from tb_frame and sys._getframe(); the entries made
from frames carry no ^^^ markers (coil keeps no column for them).
"""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_cause_message = (
    "\nThe above exception was the direct cause "
    "of the following exception:\n\n")

_context_message = (
    "\nDuring handling of the above exception, "
    "another exception occurred:\n\n")

_sentinel = object()


def _print(file, text):
    if file is None:
        file = sys.stderr
    file.write(text)


def _split_entries(text):
    """The VM's formatted traceback entries, one string per entry."""
    entries = []
    for line in text.splitlines(True):
        if line.startswith('    ') and entries:
            entries[-1] += line
        else:
            entries.append(line)
    return entries


def _limited(items, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return list(items)
    if limit >= 0:
        return list(items)[:limit]
    return list(items)[limit:]


class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self.locals = ({k: repr(v) for k, v in locals.items()}
                       if locals else None)
        if lookup_line:
            self.line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _traceback.getline(self.filename, self.lineno)
        return self._line.strip()


def _summaries(entries):
    return [FrameSummary(f, n, name, line=line if line is not None else '')
            for f, n, name, line in entries]


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        result = klass()
        for item in _limited(frame_gen, limit):
            if isinstance(item, FrameSummary):
                result.append(item)
                continue
            f, lineno = item
            co = f.f_code
            result.append(FrameSummary(
                co.co_filename, lineno, co.co_name, lookup_line=lookup_lines,
                locals=f.f_locals if capture_locals else None))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line.strip()))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > 3:
                    count -= 3
                    result.append(
                        f'  [Previous line repeated {count} more '
                        f'time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > 3:
                continue
            result.append(formatted)
        if count > 3:
            count -= 3
            result.append(
                f'  [Previous line repeated {count} more '
                f'time{"s" if count > 1 else ""}]\n')
        return result


# ---- tracebacks

def extract_tb(tb, limit=None):
    return StackSummary(_limited(_summaries(_traceback.extract_tb(tb)), limit))


def format_tb(tb, limit=None):
    return _limited(_split_entries(_traceback.format_tb(tb)), limit)


def print_tb(tb, limit=None, file=None):
    _print(file, ''.join(format_tb(tb, limit)))


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    _print(file, ''.join(format_list(extracted_list)))


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def clear_frames(tb):
    "Clear the locals of the frames of a traceback (a no-op in coil: they are copies)."


# ---- the running stack

def extract_stack(f=None, limit=None):
    if f is not None:
        stack = StackSummary.extract(walk_stack(f), limit=limit)
        stack.reverse()
        return stack
    return StackSummary(_limited(_summaries(_traceback.extract_stack()), limit))


def format_stack(f=None, limit=None):
    return format_list(extract_stack(f, limit))


def print_stack(f=None, limit=None, file=None):
    _print(file, ''.join(format_stack(f, limit)))


# ---- exceptions

def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def _exception_only(value):
    if value is None:
        return ['NoneType: None\n']
    if isinstance(value, SyntaxError):
        return list(_syntax_error_only(value))
    # The native text includes the notes added with add_note().
    return _split_entries(_traceback.format_exception_only(value))


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def _syntax_error_only(value):
    # CPython 3.11's TracebackException.format_exception_only for a
    # SyntaxError (Lib/traceback.py): its place, carets from offset to
    # end_offset, then the notes. It differs in details from the printer of
    # uncaught exceptions (the native one, as CPython's C one).
    etype = type(value)
    stype = etype.__qualname__
    smod = etype.__module__
    if smod not in ("__main__", "builtins"):
        if not isinstance(smod, str):
            smod = "<unknown>"
        stype = smod + '.' + stype
    filename_suffix = ''
    lineno = value.lineno
    if lineno is not None:
        yield '  File "{}", line {}\n'.format(value.filename or "<string>", str(lineno))
    elif value.filename is not None:
        filename_suffix = ' ({})'.format(value.filename)
    text = value.text
    if text is not None:
        rtext = text.rstrip('\n')
        ltext = rtext.lstrip(' \n\f')
        spaces = len(rtext) - len(ltext)
        yield '    {}\n'.format(ltext)
        if value.offset is not None:
            offset = value.offset
            end_offset = value.end_offset if value.end_offset not in {None, 0} else offset
            if offset == end_offset or end_offset == -1:
                end_offset = offset + 1
            colno = offset - 1 - spaces
            end_colno = end_offset - 1 - spaces
            if colno >= 0:
                # non-space whitespace (likes tabs) must be kept for alignment
                caretspace = ((c if c.isspace() else ' ') for c in ltext[:colno])
                yield '    {}{}\n'.format("".join(caretspace), ('^' * (end_colno - colno)))
    msg = value.msg or "<no detail available>"
    yield "{}: {}{}\n".format(stype, msg, filename_suffix)
    notes = getattr(value, '__notes__', None)
    if isinstance(notes, (list, tuple)):
        for note in notes:
            note = _safe_string(note, 'note')
            yield from [l + '\n' for l in note.split('\n')]
    elif notes is not None:
        yield _safe_string(notes, '__notes__', func=repr)


def _format_one(value, tb, limit):
    lines = []
    if tb is not None:
        entries = format_tb(tb, limit)
        if entries or limit is None:
            lines.append('Traceback (most recent call last):\n')
            lines.extend(entries)
    lines.extend(_exception_only(value))
    return lines


def _format_chain(value, tb, limit, chain):
    # Oldest first, each exception once (a cycle in the chain stops it).
    links = [(value, tb, None)]
    seen = {id(value)}
    current = value
    while chain and current is not None:
        cause = current.__cause__
        context = current.__context__
        if cause is not None:
            nxt, message = cause, _cause_message
        elif context is not None and not current.__suppress_context__:
            nxt, message = context, _context_message
        else:
            break
        if id(nxt) in seen:
            break
        seen.add(id(nxt))
        links.append((nxt, nxt.__traceback__, message))
        current = nxt
    lines = []
    for i in range(len(links) - 1, -1, -1):
        exc, exc_tb, message = links[i]
        lines.extend(_format_one(exc, exc_tb, limit))
        if message is not None:
            lines.append(message)
    return lines


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    return _format_chain(value, tb, limit, chain)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    _print(file, ''.join(format_exception(exc, value, tb, limit=limit, chain=chain)))


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    return _exception_only(value)


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


class TracebackException:
    """An exception ready for rendering: its type, message, stack and the
    exceptions chained to it, captured as plain data."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._value = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self._capture_locals = capture_locals
        if capture_locals:
            self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit,
                                              capture_locals=True)
        else:
            self.stack = extract_tb(exc_traceback, limit)
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, limit=limit,
                    capture_locals=capture_locals, _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__, limit=limit,
                    capture_locals=capture_locals, _seen=_seen)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            # No exception (sys.exc_info() outside a handler): CPython's
            # "None: None", not the module function's "NoneType: None".
            yield '%s: %s\n' % (None, self._str) if self._str else 'None\n'
            return
        yield from _exception_only(self._value)

    def _format_with_locals(self, chain):
        # Each entry with its locals (from the frames, so without markers).
        output = []
        exc = self
        while exc is not None:
            if not chain:
                output.append((None, exc))
                break
            if exc.__cause__ is not None:
                msg, nxt = _cause_message, exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                msg, nxt = _context_message, exc.__context__
            else:
                msg, nxt = None, None
            output.append((msg, exc))
            exc = nxt
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def format(self, *, chain=True):
        if self._value is None:
            yield from self.format_exception_only()
            return
        if self._capture_locals:
            yield from self._format_with_locals(chain)
            return
        yield from _format_chain(self._value, self._tb, self._limit, chain)
