# The strings stored for annotations are CPython's unparsing of the
# expression: its spacing, parentheses by priority and constant reprs.
from __future__ import annotations


def f(a: x < y <= z != w, b: a is not b, c: {k: v for k, v in d.items() if k},
      d: g(x for x in y), e: g(a, *b, c=1, **d), h: a[1:, ::2], i: a[b][c].d(e).f,
      j: -x ** 2, k: (-x) ** 2, l: (a + b) * c, m: a - (b - c), n: 2 ** 3 ** 4,
      o: (2 ** 3) ** 4, p: not (a and b), q: (a or b) and c, r: lambda a, b=1, /, *c, d, **e: 0,
      s: f"{a:{b}.{c}f} {d!s} {e=}", t: b"\x00'", u: 'a\nb', v: 1e400, w: 1.5e-7,
      x: 0x1F_FF, y: 1 .real, z: (1,), aa: x[()], ab: a if b else c if d else e,
      ac: (a if b else c) if d else e, ad: a | b ^ c & d, ae: 'it\'s', af: ...,
      ag: f"{ {1: 2} }", ah: [*a, *b], ai: {1, *c}, aj: x[1, 2]) -> dict[str, 'Node']:
    pass


for name, text in f.__annotations__.items():
    print(name, text)

# expect: a x < y <= z != w
# expect: b a is not b
# expect: c {k: v for k, v in d.items() if k}
# expect: d g(x for x in y)
# expect: e g(a, *b, c=1, **d)
# expect: h a[1:, ::2]
# expect: i a[b][c].d(e).f
# expect: j -x ** 2
# expect: k (-x) ** 2
# expect: l (a + b) * c
# expect: m a - (b - c)
# expect: n 2 ** 3 ** 4
# expect: o (2 ** 3) ** 4
# expect: p not (a and b)
# expect: q (a or b) and c
# expect: r lambda a, b=1, /, *c, d, **e: 0
# expect: s f'{a:{b}.{c}f} {d!s} e={e!r}'
# expect: t b"\x00'"
# expect: u 'a\nb'
# expect: v 1e309
# expect: w 1.5e-07
# expect: x 8191
# expect: y 1 .real
# expect: z (1,)
# expect: aa x[()]
# expect: ab a if b else c if d else e
# expect: ac (a if b else c) if d else e
# expect: ad a | b ^ c & d
# expect: ae "it's"
# expect: af ...
# expect: ag f'{ {1: 2}}'
# expect: ah [*a, *b]
# expect: ai {1, *c}
# expect: aj x[1, 2]
# expect: return dict[str, 'Node']
