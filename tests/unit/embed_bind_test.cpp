// Unit tests of binding C++ for scripts (include/coil/bind.hpp): native
// modules and the module hook, functions with arguments converted from the
// C++ signature (keywords, defaults, *args/**kwargs) and CPython's TypeErrors
// for bad calls, C++ exceptions becoming catchable script exceptions at the
// script's line, bound classes (constructors, methods, fields, properties,
// repr, ownership, no subclassing), and re-entry from a native function into
// the script, depth-limited.
#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "coil/coil.hpp"

namespace {

// A VM whose print() output is collected.
struct Host {
  std::string out;
  coil::VM vm;
  explicit Host(coil::Config config = {}) : vm(with_output(std::move(config), out)) {}
  static coil::Config with_output(coil::Config c, std::string& out) {
    c.write_out = [&out](std::string_view s) { out += s; };
    return c;
  }
  // Runs source; returns "" or the error as "Type: message".
  std::string run(const std::string& source) {
    coil::RunResult r = vm.run_string(source, "game.py");
    return r ? "" : r.error().what();
  }
};

int add(int a, int b) { return a + b; }

// ---------------------------------------------------------------- modules

TEST(EmbedBind, NativeModuleWithFunctionsAndConstantsIsImported) {
  Host h;
  coil::Module game = h.vm.module("game");
  game.def("add", &add, coil::arg("a"), coil::arg("b"));
  game.set("VERSION", 3).set("NAME", "coil game");
  EXPECT_EQ(h.run("import game\n"
                  "from game import add, VERSION\n"
                  "print(add(2, b=40), VERSION, game.NAME, game.__name__)\n"
                  "print(add, add.__name__)\n"),
            "");
  EXPECT_EQ(h.out, "42 3 coil game game\n<built-in function add> add\n");
}

TEST(EmbedBind, ModuleIsTheSameOnEachCallAndDottedNamesJoinTheirPackage) {
  Host h;
  h.vm.module("game").set("x", 1);
  h.vm.module("game").set("y", 2);
  h.vm.module("game.ui").set("z", 3);
  EXPECT_EQ(h.run("import game.ui\nfrom game.ui import z\nprint(game.x, game.y, game.ui.z, z)\n"), "");
  EXPECT_EQ(h.out, "1 2 3 3\n");
}

TEST(EmbedBind, ModuleHookSuppliesSourceByName) {
  coil::Config config;
  config.allow_file_access = false;  // the hook works without files
  Host h(config);
  std::vector<std::string> asked;
  h.vm.set_module_source([&asked](std::string_view name) -> std::optional<coil::ModuleSource> {
    asked.emplace_back(name);
    if (name == "levels") return coil::ModuleSource{"", "assets/levels/__init__.py", true};
    if (name == "levels.one") return coil::ModuleSource{"ENEMIES = 3\ndef boom():\n    return 1 / 0\n", "", false};
    return std::nullopt;
  });
  EXPECT_EQ(h.run("import levels.one\nprint(levels.one.ENEMIES, levels.__file__)\n"), "");
  EXPECT_EQ(h.out, "3 assets/levels/__init__.py\n");
  EXPECT_EQ(asked, (std::vector<std::string>{"levels", "levels.one"}));
  EXPECT_EQ(h.run("import nothing_here\n"), "ModuleNotFoundError: No module named 'nothing_here'");
  coil::RunResult r = h.vm.run_string("from levels.one import boom\nboom()\n");
  ASSERT_FALSE(r);
  ASSERT_EQ(r.error().traceback.size(), 2u);
  EXPECT_EQ(r.error().traceback[1].filename, "<levels.one>");
  EXPECT_EQ(r.error().traceback[1].line, 3);
  EXPECT_EQ(r.error().traceback[1].source_line, "return 1 / 0");
}

// ---------------------------------------------------------------- functions

TEST(EmbedBind, LambdasCapturingStateAndStdFunctions) {
  Host h;
  int calls = 0;
  coil::Module m = h.vm.module("m");
  m.def("count", [&calls]() { return ++calls; });
  m.def("greet", std::function<std::string(std::string, int)>(
                     [](std::string name, int n) { std::string s; while (n-- > 0) s += name; return s; }),
        coil::arg("name"), coil::arg("times") = 2);
  m.def("total", [](const std::vector<double>& xs) { double t = 0; for (double x : xs) t += x; return t; });
  m.def("nothing", [] {});
  EXPECT_EQ(h.run("import m\nm.count(); m.count()\nprint(m.count(), m.greet('ab'), m.greet(times=3, name='x'),"
                  " m.total([1, 2.5]), m.nothing())\n"),
            "");
  EXPECT_EQ(h.out, "3 abab xxx 3.5 None\n");
  EXPECT_EQ(calls, 3);
}

TEST(EmbedBind, BadCallsRaiseCPythonsTypeErrors) {
  Host h;
  coil::Module m = h.vm.module("m");
  m.def("spawn", [](std::string name, int hp) { return name + std::to_string(hp); }, coil::arg("name"),
        coil::arg("hp") = 100);
  m.def("move", [](int, int, int) { return 0; }, coil::arg("x"), coil::arg("y"), coil::arg("z"));
  m.def("one", [](int a) { return a; }, coil::arg("a"));
  m.def("raw", [](int a, int b) { return a * b; });
  // The same calls of `def spawn(name, hp=100)` etc. in CPython 3.11.
  EXPECT_EQ(h.run("import m\nm.spawn()"), "TypeError: spawn() missing 1 required positional argument: 'name'");
  EXPECT_EQ(h.run("m.spawn('a', 1, 2)"), "TypeError: spawn() takes from 1 to 2 positional arguments but 3 were given");
  EXPECT_EQ(h.run("m.spawn('a', hq=1)"), "TypeError: spawn() got an unexpected keyword argument 'hq'");
  EXPECT_EQ(h.run("m.spawn('a', name='b')"), "TypeError: spawn() got multiple values for argument 'name'");
  EXPECT_EQ(h.run("m.move()"), "TypeError: move() missing 3 required positional arguments: 'x', 'y', and 'z'");
  EXPECT_EQ(h.run("m.move(1)"), "TypeError: move() missing 2 required positional arguments: 'y' and 'z'");
  EXPECT_EQ(h.run("m.one(1, 2)"), "TypeError: one() takes 1 positional argument but 2 were given");
  EXPECT_EQ(h.run("m.move(1, 2, 3, 4)"), "TypeError: move() takes 3 positional arguments but 4 were given");
  // A value the C++ parameter cannot take: argument parsing's wording.
  EXPECT_EQ(h.run("m.spawn(5)"), "TypeError: spawn() argument 'name' must be str, not int");
  EXPECT_EQ(h.run("m.spawn('a', 'b')"), "TypeError: 'str' object cannot be interpreted as an integer");
  EXPECT_EQ(h.run("m.spawn('a', 2**40)"), "OverflowError: Python int too large to convert to C int");
  // Without coil::arg names: positional-only, worded as for a C function.
  EXPECT_EQ(h.run("m.raw(1)"), "TypeError: raw expected 2 arguments, got 1");
  EXPECT_EQ(h.run("m.raw(1, b=2)"), "TypeError: raw() takes no keyword arguments");
  EXPECT_EQ(h.run("print(m.raw(6, 7))"), "");
  EXPECT_EQ(h.out, "42\n");
  // Caught like any TypeError.
  EXPECT_EQ(h.run("try:\n    m.spawn()\nexcept TypeError as e:\n    print('caught', e)\n"), "");
  EXPECT_EQ(h.out, "42\ncaught spawn() missing 1 required positional argument: 'name'\n");
}

TEST(EmbedBind, VarArgsKwArgsAndTheVM) {
  Host h;
  h.vm.module("m").def(
      "log",
      [](coil::VM& vm, std::string level, coil::VarArgs parts, coil::KwArgs options) {
        std::string s = level + ":";
        for (const coil::Value& p : parts) s += " " + p.str();
        for (const auto& [k, v] : options) s += " " + k + "=" + v.repr();
        return vm.value(s);
      },
      coil::arg("level"));
  EXPECT_EQ(h.run("import m\nprint(m.log('info', 1, [2], sep='-', end=None))\nprint(m.log(level='x'))\n"), "");
  EXPECT_EQ(h.out, "info: 1 [2] sep='-' end=None\nx:\n");
  EXPECT_EQ(h.run("m.log()"), "TypeError: log() missing 1 required positional argument: 'level'");
  EXPECT_EQ(h.run("m.log('a', level='b')"), "TypeError: log() got multiple values for argument 'level'");
}

TEST(EmbedBind, FunctionsAsValuesAndReturningValues) {
  Host h;
  coil::Value twice = coil::function(h.vm, "twice", [](coil::Value f, coil::Value x) { return f(f(x).value()).value(); });
  h.vm.set_global("twice", twice);
  EXPECT_EQ(h.run("print(twice(lambda v: v * 3, 2), twice(str.upper, 'a'))"), "");
  EXPECT_EQ(h.out, "18 A\n");
  // Called from C++ too.
  EXPECT_EQ(twice(h.vm.eval("abs").value(), -4).value().as<int>(), 4);
}

// ---------------------------------------------------------------- exceptions

TEST(EmbedBind, CppExceptionsBecomeScriptExceptionsAtTheScriptsLine) {
  Host h;
  coil::Module m = h.vm.module("m");
  m.def("fail", [](std::string why) -> int { throw std::runtime_error(why); }, coil::arg("why"));
  m.def("bad_value", [](int x) -> int { throw coil::Error("ValueError", "bad x: " + std::to_string(x)); });
  m.def("odd", []() -> int { throw 42; });
  coil::RunResult r = h.vm.run_string("import m\n\ndef f():\n    return m.fail('disk full')\n\nf()\n", "game.py");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "RuntimeError");
  EXPECT_EQ(r.error().message, "disk full");
  ASSERT_EQ(r.error().traceback.size(), 2u);
  EXPECT_EQ(r.error().traceback[0].line, 6);
  EXPECT_EQ(r.error().traceback[1].filename, "game.py");
  EXPECT_EQ(r.error().traceback[1].line, 4);
  EXPECT_EQ(r.error().traceback[1].function, "f");
  EXPECT_EQ(h.run("try:\n    m.bad_value(3)\nexcept ValueError as e:\n    print('caught', type(e).__name__, e)\n"
                  "try:\n    m.odd()\nexcept RuntimeError as e:\n    print(e)\n"),
            "");
  EXPECT_EQ(h.out, "caught ValueError bad x: 3\nunknown C++ exception in a native function\n");
}

TEST(EmbedBind, HostChosenExceptionClasses) {
  Host h;
  ASSERT_EQ(h.run("class GameOver(Exception):\n    pass\n"), "");
  coil::Value game_over = h.vm.get_global("GameOver").value();
  h.vm.module("m").def("end", [game_over]() -> int { throw coil::error_of(game_over, "you lost"); });
  EXPECT_EQ(h.run("import m\ntry:\n    m.end()\nexcept GameOver as e:\n    print(repr(e))\n"), "");
  EXPECT_EQ(h.out, "GameOver('you lost')\n");
}

TEST(EmbedBind, ScriptErrorInACallbackPassesThroughTheNativeFunctionUnchanged) {
  Host h;
  h.vm.module("m").def("each", [](coil::Value f, std::vector<int> xs) {
    int total = 0;
    for (int x : xs) total += f(x).value().as<int>();  // value() throws the script's exception
    return total;
  });
  EXPECT_EQ(h.run("import m\n"
                  "def cb(x):\n"
                  "    if x == 2:\n"
                  "        raise KeyError(x)\n"
                  "    return x\n"
                  "try:\n"
                  "    m.each(cb, [1, 2, 3])\n"
                  "except KeyError as e:\n"
                  "    print('KeyError', e)\n"
                  "print(m.each(cb, [1, 3]))\n"),
            "");
  EXPECT_EQ(h.out, "KeyError 2\n4\n");
  coil::RunResult r = h.vm.run_string("m.each(cb, [2])\n", "main.py");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "KeyError");
  ASSERT_GE(r.error().traceback.size(), 2u);
  EXPECT_EQ(r.error().traceback.back().function, "cb");
  EXPECT_EQ(r.error().traceback.back().line, 4);
}

// ---------------------------------------------------------------- re-entry

TEST(EmbedBind, ReentryFromANativeFunctionIsDepthLimited) {
  Host h;
  h.vm.module("m").def("call", [](coil::Value f, int n) { return f(n).value(); });
  // script -> native -> script -> native ... until RecursionError, never a crash.
  EXPECT_EQ(h.run("import m\n"
                  "def down(n):\n"
                  "    return n if n == 0 else m.call(down, n - 1)\n"
                  "print(down(50))\n"
                  "try:\n"
                  "    down(100000)\n"
                  "except RecursionError as e:\n"
                  "    print('RecursionError')\n"
                  "print(down(10))\n"),
            "");
  EXPECT_EQ(h.out, "0\nRecursionError\n0\n");
}

// ---------------------------------------------------------------- classes

struct Player {
  std::string name;
  int hp = 100;
  const int id;
  static int alive;
  Player(std::string n, int h) : name(std::move(n)), hp(h), id(++alive) {}
  Player(const Player& p) : name(p.name), hp(p.hp), id(++alive) {}
  ~Player() { --alive; }
  void heal(int amount) { hp += amount; }
  bool dead() const { return hp <= 0; }
  std::string title() const { return "Sir " + name; }
  void set_title(const std::string& t) { name = t.substr(t.find(' ') + 1); }
};
int Player::alive = 0;

void bind_player(coil::Module& m) {
  coil::Class<Player>(m, "Player")
      .init<std::string, int>(coil::arg("name"), coil::arg("hp") = 100)
      .def("heal", &Player::heal, coil::arg("self"), coil::arg("amount"))
      .def("dead", &Player::dead)
      .def("hit", [](Player& p, int dmg) { p.hp -= dmg; return p.hp; }, coil::arg("self"), coil::arg("damage") = 10)
      .field("name", &Player::name)
      .field("hp", &Player::hp)
      .field("id", &Player::id)
      .property("title", &Player::title, &Player::set_title)
      .def_static("count", [] { return Player::alive; })
      .set("MAX_HP", 200)
      .repr([](const Player& p) { return "<Player " + p.name + " hp=" + std::to_string(p.hp) + ">"; });
}

TEST(EmbedBind, ClassesConstructCallMethodsAndReadWriteFields) {
  Player::alive = 0;
  {
    Host h;
    coil::Module m = h.vm.module("game");
    bind_player(m);
    EXPECT_EQ(h.run("from game import Player\n"
                    "p = Player('ada')\n"
                    "p.heal(5)\n"
                    "print(p, p.hp, p.name, p.dead(), p.hit(), p.hit(damage=200), p.dead())\n"
                    "p.hp = 7\n"
                    "p.name = 'bob'\n"
                    "print(repr(p), p.title, Player.MAX_HP, Player.count(), type(p).__name__, Player.__module__)\n"
                    "p.title = 'Lady eve'\n"
                    "print(p.name, isinstance(p, Player), Player.heal)\n"),
              "");
    EXPECT_EQ(h.out,
              "<Player ada hp=-105> 105 ada False 95 -105 True\n"
              "<Player bob hp=7> Sir bob 200 1 Player game\n"
              "eve True <built-in function heal>\n");
    EXPECT_EQ(h.run("p.id = 3"), "AttributeError: property 'id' of 'Player' object has no setter");
    EXPECT_EQ(h.run("p.heal()"), "TypeError: Player.heal() missing 1 required positional argument: 'amount'");
    EXPECT_EQ(h.run("p.heal(1, 2)"), "TypeError: Player.heal() takes 2 positional arguments but 3 were given");
    EXPECT_EQ(h.run("p.hp = 'x'"), "TypeError: 'str' object cannot be interpreted as an integer");
    EXPECT_EQ(h.run("Player()"), "TypeError: Player.__init__() missing 1 required positional argument: 'name'");
    EXPECT_EQ(h.run("Player('a', 1, 2)"),
              "TypeError: Player.__init__() takes from 2 to 3 positional arguments but 4 were given");
    EXPECT_EQ(h.run("Player.heal(3, 1)"), "TypeError: Player.heal() argument 'self' must be Player, not int");
  }
  EXPECT_EQ(Player::alive, 0);  // the script's objects were deleted with the VM
}

TEST(EmbedBind, SubclassingABoundClassIsAClearTypeError) {
  Host h;
  coil::Module m = h.vm.module("game");
  bind_player(m);
  EXPECT_EQ(h.run("import game\nclass Knight(game.Player):\n    pass\n"),
            "TypeError: type 'Player' is not an acceptable base type");
}

TEST(EmbedBind, HostOwnedAndScriptOwnedObjects) {
  Player::alive = 0;
  Host h;
  coil::Module m = h.vm.module("game");
  bind_player(m);
  Player hero("hero", 50);  // owned by the host
  h.vm.set_global("hero", &hero);
  m.def("make", [](std::string n) { return std::make_unique<Player>(n, 1); });  // owned by the script
  m.def("copy", [](const Player& p) { return p; });  // a copy the script owns
  m.def("hp_of", [](const Player* p) { return p ? p->hp : -1; });
  EXPECT_EQ(h.run("import game\nhero.heal(5)\nx = game.make('tmp')\ny = game.copy(hero)\n"
                  "print(hero, x, y, game.hp_of(hero), game.hp_of(None))\n"),
            "");
  EXPECT_EQ(h.out, "<Player hero hp=55> <Player tmp hp=1> <Player hero hp=55> 55 -1\n");
  EXPECT_EQ(hero.hp, 55);  // the script changed the host's object
  EXPECT_EQ(Player::alive, 3);
  ASSERT_EQ(h.run("del x, y"), "");
  h.vm.collect_garbage();
  EXPECT_EQ(Player::alive, 1);  // the script's objects went with their last reference
  EXPECT_EQ(h.run("game.hp_of(3)"), "TypeError: hp_of() argument 1 must be Player, not int");
  // C++ reads a script object's pointer back.
  coil::Value v = h.vm.eval("game.make('z')").value();
  EXPECT_EQ(v.as<Player*>()->name, "z");
  EXPECT_EQ(h.vm.eval("hero").value().as<Player*>(), &hero);
}

struct Opaque {
  int x = 1;
};

TEST(EmbedBind, ClassesWithoutConstructorOrReprAndUnboundTypes) {
  Host h;
  coil::Class<Opaque> cls(h.vm, "Opaque");
  h.vm.set_global("Opaque", cls.type());
  EXPECT_EQ(h.run("Opaque()"), "TypeError: cannot create 'Opaque' instances");
  Opaque o;
  h.vm.set_global("o", &o);
  EXPECT_EQ(h.run("print(repr(o).startswith('<Opaque object at 0x'))"), "");
  EXPECT_EQ(h.out, "True\n");
  coil::Result<coil::Value> r = coil::Result<coil::Value>(coil::Error());
  try {
    h.vm.value(static_cast<Player*>(nullptr));  // None
    h.vm.value(std::make_unique<Player>("p", 1));  // Player is not bound in this VM
    FAIL() << "expected a TypeError";
  } catch (const coil::Error& e) {
    EXPECT_EQ(e.type, "TypeError");
  }
}

TEST(EmbedBind, BoundObjectsSurviveGcStress) {
  coil::Config config;
  config.gc_stress = true;
  Player::alive = 0;
  {
    Host h(config);
    coil::Module m = h.vm.module("game");
    bind_player(m);
    m.def("each", [](coil::Value f, std::vector<int> xs) {
      std::vector<coil::Value> out;
      for (int x : xs) out.push_back(f(x).value());
      return out;
    });
    EXPECT_EQ(h.run("import game\n"
                    "ps = [game.Player(str(i), i) for i in range(20)]\n"
                    "print(sum(p.hp for p in ps), game.each(lambda i: game.Player('x', i).hit(1), [5, 6]))\n"),
              "");
    EXPECT_EQ(h.out, "190 [4, 5]\n");
  }
  EXPECT_EQ(Player::alive, 0);
}

}  // namespace

// ---------------------------------------------------------------- scalar fast path

// Functions whose parameters are all scalars take positional arguments
// straight from the VM (no handles); keywords go the general way. Both
// must convert, refuse and word errors alike, and scalar results (and void)
// come back as the same script values.
TEST(EmbedBind, ScalarArgumentsConvertAlikeOnBothPaths) {
  Host h;
  coil::Module m = h.vm.module("m");
  m.def("small", [](int8_t a, uint32_t b, float c, bool d) { return a + static_cast<double>(b) + c + d; },
        coil::arg("a"), coil::arg("b"), coil::arg("c"), coil::arg("d"));
  m.def("ends", [](int which) -> uint64_t { return which ? UINT64_MAX : 0; }, coil::arg("which"));
  m.def("neg", [](int64_t x) { return -x; }, coil::arg("x"));
  m.def("flag", [](bool b) { return !b; }, coil::arg("b"));
  m.def("nothing", [](double) {}, coil::arg("x"));
  EXPECT_EQ(h.run("from m import small, ends, neg, flag, nothing\n"
                  "print(small(-128, 4294967295, 0.5, True), small(a=-128, b=4294967295, c=0.5, d=True))\n"
                  "print(small(1, 2, 3, False), small(1, 2, c=3, d=False))\n"
                  "print(ends(1), ends(0), neg(-9223372036854775807), neg(2**40), flag(False), nothing(1))\n"
                  "for call in ('small(128, 0, 0.0, True)', 'small(a=128, b=0, c=0.0, d=True)',\n"
                  "             'small(0, -1, 0.0, True)', 'small(0, 2**32, 0.0, True)',\n"
                  "             'small(0, 0, \"x\", True)', 'small(0, 0, c=\"x\", d=True)',\n"
                  "             'small(0, 0, 0.0, 1)', 'small(0.5, 0, 0.0, True)', 'neg(2**63)',\n"
                  "             'small(0, 0, 0.0)', 'small(0, 0, 0.0, True, 5)'):\n"
                  "    try:\n"
                  "        eval(call)\n"
                  "    except Exception as e:\n"
                  "        print(type(e).__name__, e)\n"),
            "");
  EXPECT_EQ(h.out,
            "4294967168.5 4294967168.5\n"
            "6.0 6.0\n"
            "18446744073709551615 0 9223372036854775807 -1099511627776 True None\n"
            "OverflowError Python int too large to convert to C char\n"
            "OverflowError Python int too large to convert to C char\n"
            "OverflowError can't convert negative int to unsigned\n"
            "OverflowError Python int too large to convert to C unsigned int\n"
            "TypeError small() argument 'c' must be real number, not str\n"
            "TypeError small() argument 'c' must be real number, not str\n"
            "TypeError small() argument 'd' must be bool, not int\n"
            "TypeError 'float' object cannot be interpreted as an integer\n"
            "OverflowError Python int too large to convert to C long\n"
            "TypeError small() missing 1 required positional argument: 'd'\n"
            "TypeError small() takes 4 positional arguments but 5 were given\n");
}

// A host-owned object handed to scripts several times is one script object
// (identity, dict keys), as in pybind11; once no script holds it, it is
// collected, and the next hand-over makes a new one.
TEST(EmbedBind, OneScriptObjectPerHostPointer) {
  Player::alive = 0;
  Host h;
  coil::Module m = h.vm.module("game");
  bind_player(m);
  Player hero("hero", 50), other("other", 10);
  m.def("hero", [&hero] { return &hero; });
  m.def("other", [&other] { return &other; });
  m.def("fresh", [] { return std::make_unique<Player>("f", 1); });
  EXPECT_EQ(h.run("import game\n"
                  "a, b = game.hero(), game.hero()\n"
                  "seen = {a: 'first'}\n"
                  "print(a is b, a is game.other(), seen[game.hero()], game.fresh() is game.fresh())\n"),
            "");
  EXPECT_EQ(h.out, "True False first False\n");
  h.vm.set_global("again", &hero);
  EXPECT_EQ(h.run("print(again is a)\n"), "");
  EXPECT_EQ(h.out, "True False first False\nTrue\n");
  ASSERT_EQ(h.run("del a, b, seen, again\n"), "");
  h.vm.collect_garbage();
  EXPECT_EQ(h.run("c = game.hero()\nc.heal(1)\nprint(c, c is game.hero())\n"), "");
  EXPECT_EQ(hero.hp, 51);
  EXPECT_EQ(h.out, "True False first False\nTrue\n<Player hero hp=51> True\n");
}
