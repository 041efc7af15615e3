// GC stress tests: programs that exercise closures, generators, exceptions,
// containers, string building, classes and C++ code calling back into coil
// (sorting, hashing, comparisons) run with Config::gc_stress, which collects
// at every safe point. A missing root shows up as different output (or a
// crash, or an ASan report). Each program's expected output is what CPython
// 3.11 prints; the run without stress must give the same.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "coil/coil.hpp"
#include "embed/testing.hpp"
#include "vm/vm.hpp"

namespace {

struct Program {
  const char* name;
  const char* source;
  const char* expected;
};

const Program kPrograms[] = {
    {"closures",
     R"py(def make_counters(n):
    counters = []
    for i in range(n):
        def counter(start=i):
            total = start
            def inc(step):
                nonlocal total
                total += step
                return total
            return inc
        counters.append(counter())
    return counters
cs = make_counters(5)
print([c(10) for c in cs], [c(1) for c in cs])
adders = [lambda x, k=k: x + k for k in range(4)]
print([f(100) for f in adders])
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, lambda v: v * 3, abs)(-7))
)py",
     R"out([10, 11, 12, 13, 14] [11, 12, 13, 14, 15]
[100, 101, 102, 103]
21
)out"},
    {"generators",
     R"py(def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
print(take(15, fib()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain(range(3), 'ab', (x * x for x in range(4)))))
def echo():
    received = []
    while True:
        try:
            v = yield len(received)
        except ValueError as e:
            received.append('err:' + str(e))
            continue
        if v is None:
            return received
        received.append(v)
g = echo()
next(g)
g.send('a'); g.send([1, 2]); g.throw(ValueError('boom'))
try:
    g.send(None)
except StopIteration as stop:
    print('returned', stop.value)
gens = [(i * j for j in range(3)) for i in range(4)]
print([sum(x) for x in gens])
print(sorted({k: v for k, v in zip('zyx', fib())}.items()))
)py",
     R"out([0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377]
[0, 1, 2, 'a', 'b', 0, 1, 4, 9]
returned ['a', [1, 2], 'err:boom']
[9, 9, 9, 9]
[('x', 1), ('y', 1), ('z', 0)]
)out"},
    {"exceptions",
     R"py(class AppError(Exception):
    def __init__(self, code, detail):
        Exception.__init__(self, code, detail)
        self.code = code
        self.detail = detail
def risky(i):
    if i % 3 == 0:
        raise AppError(i, 'div3:' + str(i))
    if i % 5 == 0:
        return {}['missing' + str(i)]
    return i
log = []
for i in range(1, 40):
    try:
        try:
            log.append(risky(i))
        finally:
            log.append('f')
    except AppError as e:
        log.append((e.code, e.detail))
    except KeyError as e:
        log.append(repr(e))
print(log)
def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
try:
    chained()
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__context__ is e.__cause__)
msgs = []
for n in range(200):
    try:
        int('x' * (n % 7 + 1))
    except ValueError as e:
        msgs.append(str(e)[-6:])
print(len(msgs), msgs[:3])
)py",
     R"out([1, 'f', 2, 'f', 'f', (3, 'div3:3'), 4, 'f', 'f', "KeyError('missing5')", 'f', (6, 'div3:6'), 7, 'f', 8, 'f', 'f', (9, 'div3:9'), 'f', "KeyError('missing10')", 11, 'f', 'f', (12, 'div3:12'), 13, 'f', 14, 'f', 'f', (15, 'div3:15'), 16, 'f', 17, 'f', 'f', (18, 'div3:18'), 19, 'f', 'f', "KeyError('missing20')", 'f', (21, 'div3:21'), 22, 'f', 23, 'f', 'f', (24, 'div3:24'), 'f', "KeyError('missing25')", 26, 'f', 'f', (27, 'div3:27'), 28, 'f', 29, 'f', 'f', (30, 'div3:30'), 31, 'f', 32, 'f', 'f', (33, 'div3:33'), 34, 'f', 'f', "KeyError('missing35')", 'f', (36, 'div3:36'), 37, 'f', 38, 'f', 'f', (39, 'div3:39')]
ZeroDivisionError division by zero True
200 ["0: 'x'", ": 'xx'", " 'xxx'"]
)out"},
    {"containers",
     R"py(d = {}
for i in range(600):
    d[str(i)] = [i, str(i) * 2, (i, -i)]
    if i % 4 == 0:
        del d[str(i // 2)]
print(len(d), d["599"], sum(v[0] for v in d.values()) % 100003)
s = set()
for i in range(500):
    s.add(('k', i % 170, str(i % 11)))
s2 = {x for x in s if x[1] % 3 == 0}
print(len(s), len(s2), sorted(s2)[:2], len(s | s2), len(s - s2), len(s & s2))
l = []
for i in range(400):
    l.append([i] * (i % 5))
    if len(l) > 50:
        l = l[25:] + [l[0]]
l.sort(key=lambda x: (len(x), x[:1]))
print(len(l), l[:4], l[-1])
nested = {'a': [{'b': {i: [i] * 2 for i in range(5)}}]}
for _ in range(40):
    nested = {'a': [nested, list(nested)], 'n': len(str(nested)) % 97}
print(nested['n'], str(nested)[:40])
t = tuple(range(100))
print(t[::17], t[-3:], sum(t), t.index(42), tuple(reversed(t))[:3])
fs = frozenset(range(10))
print(sorted(fs - {1, 2}), {fs: 'x'}[frozenset(range(10))])
)py",
     R"out(450 [599, '599599', (599, -599)] 57347
500 168 [('k', 0, '0'), ('k', 0, '10')] 500 332 168
40 [[], [], [], []] [399, 399, 399, 399]
67 {'a': [{'a': [{'a': [{'a': [{'a': [{'a':
(0, 17, 34, 51, 68, 85) (97, 98, 99) 4950 42 (99, 98, 97)
[0, 3, 4, 5, 6, 7, 8, 9] x
)out"},
    {"strings",
     R"py(parts = []
for i in range(500):
    parts.append(f'{i:04d}|{i * 1.5:.1f}|{hex(i)}')
joined = ','.join(parts)
print(len(joined), joined[:40], joined[-30:])
s = ''
for i in range(400):
    s += chr(65 + i % 26)
    if len(s) > 100:
        s = s[50:]
print(s, len(s))
words = ('lorem ipsum dolor sit amet ' * 50).split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
text = '\n'.join(' '.join(reversed(w)) for w in words[:30])
print(text.upper().replace('M', 'mm').count('mm'), repr(text[:20]))
u = 'ünïcödé ' * 50
print(len(u), u.encode('utf-8')[:12], u.title()[:16], '%s-%d-%r' % ('a', 5, 'b'))
print('{:>8}|{:<6}|{:^7}'.format('r', 'l', 'c'), str(123456789 ** 3)[:12])
)py",
     R"out(8153 0000|0.0|0x0,0001|1.5|0x1,0002|3.0|0x2,0 8|747.0|0x1f2,0499|748.5|0x1f3
OPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ 100
[('amet', 50), ('dolor', 50), ('ipsum', 50), ('lorem', 50), ('sit', 50)]
18 'm e r o l\nm u s p i\n'
400 b'\xc3\xbcn\xc3\xafc\xc3\xb6d\xc3\xa9 ' Ünïcödé Ünïcödé  a-5-'b'
       r|l     |   c    188167637178
)out"},
    {"classes",
     R"py(class Vec:
    __slots__ = ()
class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
class Point3(Point):
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z
    def __repr__(self):
        return Point.__repr__(self)[:-1] + f', {self.z})'
acc = Point(0, 0)
for i in range(500):
    acc = acc + Point(i, -i)
print(acc, Point.count, len({Point(i % 10, 0) for i in range(100)}))
ps = [Point3(i, i * 2, i * 3) for i in range(5)]
print(ps, isinstance(ps[0], Point), type(ps[1]).__mro__[1].__name__)
class Meta(type):
    pass
class WithProps:
    def __init__(self):
        self._v = []
    @property
    def v(self):
        return self._v
    @staticmethod
    def s(a):
        return a * 2
    @classmethod
    def c(cls):
        return cls.__name__
w = WithProps()
w.v.append(1)
print(w.v, WithProps.s(4), WithProps.c(), getattr(w, 'missing', 'dflt'))
)py",
     R"out(Point(124750, -124750) 1001 10
[Point(0, 0, 0), Point(1, 2, 3), Point(2, 4, 6), Point(3, 6, 9), Point(4, 8, 12)] True Point
[1] 8 WithProps dflt
)out"},
    {"callbacks",
     R"py(class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        junk = [0] * 10
        return hash(self.v)
    def __eq__(self, o):
        junk = [str(i) for i in range(5)]
        return isinstance(o, K) and self.v == o.v
    def __lt__(self, o):
        junk = {i: i for i in range(3)}
        return self.v < o.v
    def __repr__(self):
        return 'K(%r)' % (self.v,)
d = {K(i): str(i) for i in range(50)}
print(d[K(7)], sorted([K(5), K(1), K(3)]), max(K(i) for i in range(10)), K(3) in [K(1), K(3)], K(4) in {K(4)})
print(list(map(lambda x: str(x) * 2, range(5))), list(filter(lambda x: [x] * 3 and x % 2, range(10))))
print(sorted(['b', 'a', 'c'], key=lambda s: [s] * 5), ','.join(str(K(i)) for i in range(3)))
print(min([K(9), K(2), K(5)], key=lambda k: -k.v), sum(x.v for x in sorted({K(i % 7) for i in range(30)})))
it = iter([K(1), K(2), K(3)])
print(next(it), list(zip(it, 'ab')), list(enumerate(K(i) for i in range(2))))
print(repr([K([1, 2]), (K('s'),)]), str({K(1): [K(2)]}), [K(1), K(2)].index(K(2)), (K(1), K(2)).count(K(1)))
print(dict(zip([K(i) for i in range(3)], 'xyz')), set(map(K, range(3))) == {K(0), K(1), K(2)})
)py",
     R"out(7 [K(1), K(3), K(5)] K(9) True True
['00', '11', '22', '33', '44'] [1, 3, 5, 7, 9]
['a', 'b', 'c'] K(0),K(1),K(2)
K(9) 21
K(1) [(K(2), 'a'), (K(3), 'b')] [(0, K(0)), (1, K(1))]
[K([1, 2]), (K('s'),)] {K(1): [K(2)]} 1 1
{K(0): 'x', K(1): 'y', K(2): 'z'} True
)out"},
};

std::string run(const char* source, bool stress, size_t* objects_after = nullptr) {
  std::string out;
  coil::Config config;
  config.gc_stress = stress;
  config.write_out = [&](std::string_view s) { out += s; };
  config.write_err = [&](std::string_view s) { out += s; };
  coil::VM vm(config);
  coil::RunResult r = vm.run_string(source, "<gc test>");
  if (!r) out += r.error().formatted;
  if (objects_after) *objects_after = coil::testing::internal(vm).heap.object_count();
  return out;
}

class GcStress : public ::testing::TestWithParam<Program> {};

TEST_P(GcStress, SameOutputWithAndWithoutStress) {
  const Program& p = GetParam();
  std::string normal = run(p.source, false);
  EXPECT_EQ(normal, p.expected);
  std::string stressed = run(p.source, true);
  EXPECT_EQ(stressed, normal);
}

INSTANTIATE_TEST_SUITE_P(Programs, GcStress, ::testing::ValuesIn(kPrograms),
                         [](const ::testing::TestParamInfo<Program>& info) {
                           return std::string(info.param.name);
                         });

TEST(Gc, StressModeCollectsContinuously) {
  // Garbage made in a loop never accumulates in stress mode: by the end
  // only the live objects (and at most one iteration's garbage) remain.
  const char* loop =
      "for i in range(3000):\n"
      "    junk = [str(i), (i, i), {i: [i]}]\n";
  size_t stressed = 0, baseline = 0;
  run("pass\n", true, &baseline);
  EXPECT_EQ(run(loop, true, &stressed), "");
  EXPECT_LT(stressed, baseline + 50);
}

TEST(Gc, SuspendedGeneratorsKeepTheirState) {
  // Generators parked mid-iteration, referenced only from a list, through
  // many collections.
  const char* source =
      "def counter(tag, n):\n"
      "    acc = [tag]\n"
      "    for i in range(n):\n"
      "        acc.append(str(i))\n"
      "        yield '-'.join(acc)\n"
      "gens = [counter('g%d' % k, 5) for k in range(20)]\n"
      "for step in range(3):\n"
      "    vals = [next(g) for g in gens]\n"
      "    garbage = [[j] * 3 for j in range(100)]\n"
      "print(vals[0], vals[19], len(vals))\n"
      "del gens\n"
      "print('done')\n";
  std::string expected = "g0-0-1-2 g19-0-1-2 20\ndone\n";
  EXPECT_EQ(run(source, false), expected);
  EXPECT_EQ(run(source, true), expected);
}

TEST(Gc, ExceptionsHeldAcrossCollections) {
  const char* source =
      "saved = []\n"
      "def fail(i):\n"
      "    local = ['frame data', i]\n"
      "    raise ValueError('v%d' % i)\n"
      "for i in range(50):\n"
      "    try:\n"
      "        fail(i)\n"
      "    except ValueError as e:\n"
      "        saved.append(e)\n"
      "    junk = [str(j) for j in range(20)]\n"
      "print(len(saved), str(saved[7]), saved[49].args)\n"
      "print(saved[3].__traceback__ is not None)\n";
  std::string expected = "50 v7 ('v49',)\nTrue\n";
  EXPECT_EQ(run(source, false), expected);
  EXPECT_EQ(run(source, true), expected);
}

TEST(Gc, HandlesSurviveStressCollections) {
  coil::Config config;
  config.gc_stress = true;
  coil::VM vm(config);
  coil::Result<coil::Value> r = vm.eval("{'k': [1, 'two', 3.0]}");
  ASSERT_TRUE(r);
  coil::Value held = r.value();
  ASSERT_TRUE(vm.run_string("for i in range(200):\n    x = [i, str(i)]\n"));
  EXPECT_EQ(held.repr(), "{'k': [1, 'two', 3.0]}");
}

TEST(Gc, LruCacheMissesLeaveNoTemporaryRoots) {
  // A miss runs the cached function as a frame and stores its result when
  // it returns (ForeignClass::finish_call); the roots held meanwhile are
  // dropped after, or every result would stay reachable for ever.
  coil::VM vm;
  ASSERT_TRUE(vm.run_string("import functools\n"
                            "@functools.lru_cache(maxsize=2)\n"
                            "def f(n):\n"
                            "    return [n]\n"
                            "f(0)\n"));
  size_t before = coil::testing::internal(vm).temp_roots.size();
  ASSERT_TRUE(vm.run_string("for i in range(1000):\n    f(i)\n"));
  EXPECT_EQ(coil::testing::internal(vm).temp_roots.size(), before);
}

}  // namespace

TEST(Gc, WeakRefTableForgetsWhatDied) {
  // Refs that die with or before their referents leave nothing in the
  // table, with or without stress; a callback that holds its own ref (a
  // bound method of the ref's owner) lives only as long as the ref, so it
  // does not keep that cycle alive, and it never runs.
  const char* source =
      "import weakref, gc\n"
      "class Owner:\n"
      "    def __init__(self, target):\n"
      "        self.r = weakref.ref(target, self.gone)\n"
      "    def gone(self, r):\n"
      "        print('never')\n"
      "class T: pass\n"
      "keep = T()\n"
      "for i in range(100):\n"
      "    t = T()\n"
      "    o = Owner(keep)\n"
      "    r = weakref.ref(t, lambda r: None)\n"
      "o = r = t = None\n"
      "gc.collect()\n"
      "print(weakref.getweakrefcount(keep))\n";
  for (bool stress : {false, true}) {
    std::string out;
    coil::Config config;
    config.gc_stress = stress;
    config.write_out = [&](std::string_view s) { out += s; };
    coil::VM vm(config);
    ASSERT_TRUE(vm.run_string(source, "<weakref test>"));
    EXPECT_EQ(out, "0\n");
    EXPECT_TRUE(coil::testing::internal(vm).weakrefs.empty());
    EXPECT_FALSE(coil::testing::internal(vm).weakrefs.has_referents());
  }
}
