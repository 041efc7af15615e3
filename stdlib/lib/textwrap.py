"""Text wrapping and filling (written in coil).

CPython's textwrap, with its regular expressions (coil has no `re`)
replaced by scanners that split text at exactly the same places.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


# ------------------------------------------------ character classes
# Those of CPython's patterns: \w is a letter, digit or '_' (Unicode),
# a "letter" is [^\d\W] (so '_' counts), word punctuation [\w!"'&.,?].

def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return c.isalnum() or c in '_!"\'&.,?'


def _dash_run(text, i):
    # Length of the run of '-' starting at text[i].
    n = len(text)
    j = i
    while j < n and text[j] == '-':
        j += 1
    return j - i


def _em_dash_at(text, i):
    # (?=-{2,}\w) at i: two or more dashes, then a word character.
    run = _dash_run(text, i)
    return run >= 2 and i + run < len(text) and _is_word(text[i + run])


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _hyphen_break_at(text, j):
    # text[j] is '-': the hyphen of a compound word, breakable after it.
    # Before it two letters, or letter-letter with a hyphen between; after
    # it a letter, then another letter (possibly past one more hyphen).
    before = ((_letter_at(text, j - 2) and _letter_at(text, j - 1)) or
              (_letter_at(text, j - 3) and text[j - 2] == '-' and _letter_at(text, j - 1)))
    if not before or not _letter_at(text, j + 1):
        return False
    if _letter_at(text, j + 2):
        return True
    return j + 2 < len(text) and text[j + 2] == '-' and _letter_at(text, j + 3)


def _chunk_end(text, i):
    # End of the chunk that starts at text[i] (CPython's wordsep_re: a
    # whitespace run, an em-dash between words, or a word that ends at
    # whitespace, before an em-dash or after a compound word's hyphen).
    n = len(text)
    if text[i] in _whitespace:
        j = i + 1
        while j < n and text[j] in _whitespace:
            j += 1
        return j
    if i > 0 and _is_word_punct(text[i - 1]) and _em_dash_at(text, i):
        return i + _dash_run(text, i)
    j = i + 1
    while True:
        if j < n and text[j] == '-' and _hyphen_break_at(text, j):
            return j + 1
        if j == n or text[j] in _whitespace:
            return j
        if _is_word_punct(text[j - 1]) and _em_dash_at(text, j):
            return j
        j += 1


def _split_words(text):
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        j = _chunk_end(text, i)
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_on_whitespace(text):
    # CPython's wordsep_simple_re.split(): words and whitespace runs.
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        space = text[i] in _whitespace
        while j < n and (text[j] in _whitespace) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # [a-z][.!?]["']?\Z
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """
    Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.

    Attributes: width (70), initial_indent (""), subsequent_indent (""),
    expand_tabs (True), tabsize (8), replace_whitespace (True),
    fix_sentence_endings (False), break_long_words (True),
    break_on_hyphens (True), drop_whitespace (True), max_lines (None),
    placeholder (' [...]').
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- Private methods (subclasses may override them)

    def _munge_whitespace(self, text):
        """Expand tabs and convert all other whitespace characters to spaces."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text to wrap into indivisible chunks.

        'Look, goof-ball -- use the -b option!' breaks into
        'Look,', ' ', 'goof-', 'ball', ' ', '--', ' ', 'use', ' ', 'the',
        ' ', '-b', ' ', 'option!' (with break_on_hyphens; without it,
        'goof-ball' stays whole).
        """
        if self.break_on_hyphens is True:
            chunks = _split_words(text)
        else:
            chunks = _split_on_whitespace(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        """Make the space after a sentence-ending chunk two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Handle a chunk too long to fit in any line."""
        # An indent wider than the width still takes one character a pass.
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen, if non-hyphens come before it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            # Keep the word whole, alone on its line.
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Wrap a list of chunks into lines of at most self.width."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        # Reversed, so the next chunk is popped from the end.
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)

            # Whitespace starting a line is dropped, except on the first line.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l
                else:
                    break

            # The next chunk does not fit on any line.
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if cur_line:
                if (self.max_lines is None or
                    len(lines) + 1 < self.max_lines or
                    (not chunks or
                     self.drop_whitespace and
                     len(chunks) == 1 and
                     not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if (cur_line[-1].strip() and
                                cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    # -- Public interface

    def wrap(self, text):
        """Reformat the single paragraph in 'text' into a list of lines of
        at most 'self.width' columns."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Reformat the single paragraph in 'text' into one string of lines
        of at most 'self.width' columns."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width.

        >>> textwrap.shorten("Hello  world!", width=12)
        'Hello world!'
        >>> textwrap.shorten("Hello  world!", width=11)
        'Hello [...]'
    """
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Tabs and spaces are both whitespace, but not equal: "  hello" and
    "\\thello" have no common leading whitespace. Lines of only spaces and
    tabs become empty.
    """
    lines = text.split('\n')
    # Lines of blanks only are emptied; the others vote for the margin.
    margin = None
    for k, line in enumerate(lines):
        indent = _leading_blanks(line)
        if len(indent) == len(line):
            lines[k] = ''
            continue
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        n = len(margin)
        lines = [line[n:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add 'prefix' to the beginning of selected lines in 'text'.

    By default, to every line that is not empty or whitespace only;
    with 'predicate', to the lines where predicate(line) is true.
    """
    if predicate is None:
        def predicate(line):
            return line.strip()

    def prefixed_lines():
        for line in text.splitlines(True):
            yield (prefix + line if predicate(line) else line)
    return ''.join(prefixed_lines())
