// Unit tests of the object model through the public API: user classes'
// hashing and equality stay consistent in dicts and sets, dicts keep
// insertion order with user keys, sorting user objects is stable, and the
// inline constructor path (__init__ run by the interpreter loop) behaves like
// a normal call. Expected outputs come from CPython 3.11.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "coil/coil.hpp"

namespace {

// Runs a program; returns its stdout, or "<Type>: <message>" after the output.
std::string run(std::string_view source) {
  std::string out;
  coil::Config config;
  config.write_out = [&out](std::string_view s) { out += s; };
  config.write_err = [](std::string_view) {};
  coil::VM vm(std::move(config));
  coil::RunResult r = vm.run_string(source);
  if (!r) return out + r.error().type + ": " + r.error().message;
  return out;
}

const char* const kKey =
    "class K:\n"
    "    def __init__(self, v): self.v = v\n"
    "    def __eq__(self, o): return isinstance(o, K) and self.v == o.v\n"
    "    def __hash__(self): return hash(self.v)\n"
    "    def __repr__(self): return f'K({self.v})'\n";

TEST(ObjModel, EqualUserKeysAreOneDictEntry) {
  std::string src = std::string(kKey) +
                    "d = {}\n"
                    "for i in range(1000): d[K(i % 10)] = i\n"
                    "print(len(d), d[K(3)], K(3) in d, K(10) in d)\n"
                    "s = {K(1), K(1), K(2)}\n"
                    "print(len(s), K(2) in s, {K(1)} == {K(1)})\n";
  EXPECT_EQ(run(src), "10 993 True False\n2 True True\n");
}

TEST(ObjModel, UserHashAgreesWithEqualBuiltins) {
  // A key hashing like an int and equal to it finds the int's entry.
  std::string src =
      "class I:\n"
      "    def __init__(self, v): self.v = v\n"
      "    def __eq__(self, o): return self.v == o\n"
      "    def __hash__(self): return hash(self.v)\n"
      "d = {5: 'five', (1, 2): 'pair', 2**70: 'big'}\n"
      "print(d[I(5)], d[I((1, 2))], d[I(2**70)], hash(I(2**70)) == hash(2**70))\n";
  EXPECT_EQ(run(src), "five pair big True\n");
}

TEST(ObjModel, EqWithoutHashIsUnhashable) {
  EXPECT_EQ(run("class E:\n"
                "    def __eq__(self, o): return True\n"
                "print(E.__hash__)\n"
                "{E(): 1}\n"),
            "None\nTypeError: unhashable type: 'E'");
}

TEST(ObjModel, DictKeepsInsertionOrderWithUserKeys) {
  std::string src = std::string(kKey) +
                    "d = {K(i): i for i in [5, 3, 9, 1]}\n"
                    "del d[K(3)]\n"
                    "d[K(0)] = 0\n"
                    "d[K(5)] = 50\n"
                    "print(list(d.items()))\n";
  EXPECT_EQ(run(src), "[(K(5), 50), (K(9), 9), (K(1), 1), (K(0), 0)]\n");
}

TEST(ObjModel, SortingUserObjectsIsStable) {
  std::string src =
      "class R:\n"
      "    def __init__(self, k, tag): self.k, self.tag = k, tag\n"
      "    def __lt__(self, o): return self.k < o.k\n"
      "items = [R(i % 3, i) for i in range(12)]\n"
      "print([r.tag for r in sorted(items)])\n"
      "print([r.tag for r in sorted(items, reverse=True)])\n"
      "items.sort(key=lambda r: -r.k)\n"
      "print([r.tag for r in items])\n";
  EXPECT_EQ(run(src),
            "[0, 3, 6, 9, 1, 4, 7, 10, 2, 5, 8, 11]\n"
            "[2, 5, 8, 11, 1, 4, 7, 10, 0, 3, 6, 9]\n"
            "[2, 5, 8, 11, 1, 4, 7, 10, 0, 3, 6, 9]\n");
}

TEST(ObjModel, InlineConstructorMatchesNormalCall) {
  // The same class built through the inline path (a direct call) and through
  // C++ (map(), which calls the class from native code).
  std::string src =
      "class P:\n"
      "    def __init__(self, x, y=2, *, z=3): self.t = (x, y, z)\n"
      "a = P(1)\n"
      "b = P(1, z=5)\n"
      "c = list(map(P, [7]))[0]\n"
      "print(a.t, b.t, c.t, type(a) is P)\n"
      "try:\n"
      "    P()\n"
      "except TypeError as e:\n"
      "    print(e)\n"
      "class Bad:\n"
      "    def __init__(self): return 1\n"
      "Bad()\n";
  EXPECT_EQ(run(src),
            "(1, 2, 3) (1, 2, 5) (7, 2, 3) True\n"
            "P.__init__() missing 1 required positional argument: 'x'\n"
            "TypeError: __init__() should return None, not 'int'");
}

TEST(ObjModel, ConstructorsSurviveGarbageCollection) {
  // Many objects built inline while collections run: each keeps its fields.
  std::string src =
      "class Node:\n"
      "    def __init__(self, v, nxt): self.v = v; self.nxt = nxt; self.pad = [v] * 4\n"
      "head = None\n"
      "for i in range(200000): head = Node(i, head if i % 1000 else None)\n"
      "n, total = head, 0\n"
      "while n: total += n.v; n = n.nxt\n"
      "print(total)\n";
  EXPECT_EQ(run(src), "199499500\n");
}

TEST(ObjModel, BinaryOperatorsCallEachSideOnce) {
  std::string src =
      "calls = []\n"
      "class A:\n"
      "    def __add__(self, o): calls.append('A.add'); return NotImplemented\n"
      "class B:\n"
      "    def __add__(self, o): calls.append('B.add'); return NotImplemented\n"
      "    def __radd__(self, o): calls.append('B.radd'); return NotImplemented\n"
      "try:\n"
      "    A() + B()\n"
      "except TypeError as e:\n"
      "    print(calls, e)\n";
  EXPECT_EQ(run(src), "['A.add', 'B.radd'] unsupported operand type(s) for +: 'A' and 'B'\n");
}

}  // namespace
