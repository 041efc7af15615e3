# coil's re compiler: turns the tree of re._parser (CPython's own parser)
# into the program that the native matcher of stdlib/re_engine.hpp runs.
# The opcode numbers below must stay in step with that file's `Op` enum.

import _re
from . import _parser
from ._constants import *

_MATCH, _SUCCEED, _LIT, _ANY, _ANY_ALL, _SET, _AT, _SPLIT, _JMP, _SAVE, \
    _GROUPREF, _GROUPEXISTS, _LOOK, _ATOMIC, _RPT_INIT, _RPT_LOOP, \
    _RPT_ENTER, _STAR, _FAIL, _RPT_TRY = range(20)

_F_IGNORE = 1
_F_ASCII = 2
_F_NEGATE = 4

_AT_BEGIN, _AT_BEGIN_LINE, _AT_END, _AT_END_LINE, _AT_END_STRING, \
    _AT_BOUNDARY, _AT_NON_BOUNDARY = range(7)
_AT_ASCII = 0x100

_CATEGORY_IDS = {
    CATEGORY_DIGIT: 0, CATEGORY_NOT_DIGIT: 1,
    CATEGORY_SPACE: 2, CATEGORY_NOT_SPACE: 3,
    CATEGORY_WORD: 4, CATEGORY_NOT_WORD: 5,
}

_ONE_CHAR_OPS = frozenset({LITERAL, NOT_LITERAL, ANY, IN})


def _combine_flags(flags, add_flags, del_flags,
                   TYPE_FLAGS=_parser.TYPE_FLAGS):
    if add_flags & TYPE_FLAGS:
        flags &= ~TYPE_FLAGS
    return (flags | add_flags) & ~del_flags


class _Emitter:
    def __init__(self):
        self.code = []
        self.repeats = 0

    def char_flags(self, flags):
        f = 0
        if flags & SRE_FLAG_IGNORECASE:
            f |= _F_IGNORE
        if not flags & SRE_FLAG_UNICODE:
            f |= _F_ASCII
        return f

    def one_char(self, op, av, flags):
        # One-character instruction (LIT, ANY, ANY_ALL or SET).
        code = self.code
        if op is LITERAL:
            code.extend((_LIT, self.char_flags(flags), av))
        elif op is NOT_LITERAL:
            code.extend((_LIT, self.char_flags(flags) | _F_NEGATE, av))
        elif op is ANY:
            code.append(_ANY_ALL if flags & SRE_FLAG_DOTALL else _ANY)
        else:
            f = self.char_flags(flags)
            items = []
            for iop, iav in av:
                if iop is NEGATE:
                    f |= _F_NEGATE
                elif iop is LITERAL:
                    items.extend((0, iav, iav))
                elif iop is RANGE:
                    items.extend((0, iav[0], iav[1]))
                elif iop is CATEGORY:
                    items.extend((1, _CATEGORY_IDS[iav]))
                else:
                    raise error("internal: unsupported set member %r" % (iop,))
            code.extend((_SET, f, len(items)))
            code.extend(items)

    def sequence(self, p, flags):
        for op, av in p.data:
            self.node(op, av, flags)

    def node(self, op, av, flags):
        code = self.code
        if op in _ONE_CHAR_OPS:
            self.one_char(op, av, flags)
        elif op is SUBPATTERN:
            group, add_flags, del_flags, sub = av
            if group:
                code.extend((_SAVE, 2 * group))
            self.sequence(sub, _combine_flags(flags, add_flags, del_flags))
            if group:
                code.extend((_SAVE, 2 * group + 1))
        elif op is BRANCH:
            self.branch(av[1], flags)
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            self.repeat(op, av, flags)
        elif op is AT:
            self.at(av, flags)
        elif op is GROUPREF:
            code.extend((_GROUPREF, av, self.char_flags(flags)))
        elif op is GROUPREF_EXISTS:
            group, yes, no = av
            code.extend((_GROUPEXISTS, group, 0))
            patch_else = len(code) - 1
            self.sequence(yes, flags)
            if no:
                code.extend((_JMP, 0))
                patch_end = len(code) - 1
                code[patch_else] = len(code)
                self.sequence(no, flags)
                code[patch_end] = len(code)
            else:
                code[patch_else] = len(code)
        elif op is ASSERT or op is ASSERT_NOT:
            direction, sub = av
            width = 0
            if direction < 0:
                lo, hi = sub.getwidth()
                if lo > 0xFFFFFFFF:
                    raise error("looks too much behind")
                if lo != hi:
                    raise error("look-behind requires fixed-width pattern")
                width = lo
            start = len(code)
            code.extend((_LOOK, 1 if op is ASSERT_NOT else 0,
                         1 if direction < 0 else 0, width, 0))
            self.sequence(sub, flags)
            code.append(_SUCCEED)
            code[start + 4] = len(code)
        elif op is ATOMIC_GROUP:
            self.atomic(lambda: self.sequence(av, flags))
        elif op is FAILURE:
            code.append(_FAIL)
        else:
            raise error("internal: unsupported operand type %r" % (op,))

    def atomic(self, body):
        code = self.code
        start = len(code)
        code.extend((_ATOMIC, 0))
        body()
        code.append(_SUCCEED)
        code[start + 1] = len(code)

    def branch(self, alternatives, flags):
        code = self.code
        ends = []
        last = len(alternatives) - 1
        for i, alt in enumerate(alternatives):
            if i < last:
                split = len(code)
                code.extend((_SPLIT, split + 3, 0))
            self.sequence(alt, flags)
            if i < last:
                code.extend((_JMP, 0))
                ends.append(len(code) - 1)
                code[split + 2] = len(code)
        for at in ends:
            code[at] = len(code)

    def repeat(self, op, av, flags):
        code = self.code
        lo, hi, item = av
        if len(item.data) == 1 and item.data[0][0] in _ONE_CHAR_OPS:
            mode = 0 if op is MAX_REPEAT else 1 if op is MIN_REPEAT else 2
            start = len(code)
            code.extend((_STAR, lo, hi, mode, 0))
            iop, iav = item.data[0]
            self.one_char(iop, iav, flags)
            code[start + 4] = len(code)
            return
        if op is POSSESSIVE_REPEAT:
            self.atomic(lambda: self.repeat(MAX_REPEAT, av, flags))
            return
        if lo == hi == 1:
            self.sequence(item, flags)
            return
        if lo == 0 and hi == 1:
            split = len(code)
            if op is MAX_REPEAT:
                code.extend((_SPLIT, split + 3, 0))
                self.sequence(item, flags)
                code[split + 2] = len(code)
            else:
                code.extend((_SPLIT, 0, split + 3))
                self.sequence(item, flags)
                code[split + 1] = len(code)
            return
        r = self.repeats
        self.repeats += 1
        code.extend((_RPT_INIT, r))
        loop = len(code)
        code.extend((_RPT_LOOP, r, lo, hi, 1 if op is MIN_REPEAT else 0, 0))
        code.extend((_RPT_TRY, r))
        code.extend((_RPT_ENTER, r))
        self.sequence(item, flags)
        code.extend((_JMP, loop))
        code[loop + 5] = len(code)

    def at(self, av, flags):
        if av is AT_BEGINNING:
            kind = _AT_BEGIN_LINE if flags & SRE_FLAG_MULTILINE else _AT_BEGIN
        elif av is AT_BEGINNING_STRING:
            kind = _AT_BEGIN
        elif av is AT_END:
            kind = _AT_END_LINE if flags & SRE_FLAG_MULTILINE else _AT_END
        elif av is AT_END_STRING:
            kind = _AT_END_STRING
        else:
            kind = _AT_BOUNDARY if av is AT_BOUNDARY else _AT_NON_BOUNDARY
            if not flags & SRE_FLAG_UNICODE:
                kind |= _AT_ASCII
        self.code.extend((_AT, kind))


def isstring(obj):
    return isinstance(obj, (str, bytes))


def compile(p, flags=0):
    # internal: convert pattern list to internal format
    if isstring(p):
        pattern = p
        p = _parser.parse(p, flags)
    else:
        pattern = None
    emitter = _Emitter()
    emitter.sequence(p, p.state.flags)
    emitter.code.append(_MATCH)
    return _re.compile(pattern, p.state.flags, emitter.code, p.state.groups - 1,
                       emitter.repeats, p.state.groupdict)
