// Unit tests of coil::Value (include/coil/coil.hpp): checked conversions at
// their edges, building containers from C++, calling script functions with
// positional and keyword arguments, attributes, items, globals, errors as
// coil::Error, and handles that outlive their VM or live through collections.
#include <gtest/gtest.h>

#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "coil/coil.hpp"

namespace {

coil::Value eval(coil::VM& vm, const std::string& expr) { return vm.eval(expr).value(); }

// The type name of the error a conversion gives, or "" when it succeeds.
template <class T>
std::string conversion_error(const coil::Value& v) {
  coil::Result<T> r = v.to<T>();
  return r ? "" : r.error().type + ": " + r.error().message;
}

// ---------------------------------------------------------------- integers

TEST(EmbedValue, IntegerLimitsConvertExactly) {
  coil::VM vm;
  EXPECT_EQ(eval(vm, "2**63 - 1").as<int64_t>(), std::numeric_limits<int64_t>::max());
  EXPECT_EQ(eval(vm, "-2**63").as<int64_t>(), std::numeric_limits<int64_t>::min());
  EXPECT_EQ(eval(vm, "2**64 - 1").as<uint64_t>(), std::numeric_limits<uint64_t>::max());
  EXPECT_EQ(eval(vm, "2**47").as<int64_t>(), int64_t(1) << 47);  // first boxed int
  EXPECT_EQ(eval(vm, "-2**47 - 1").as<int64_t>(), -(int64_t(1) << 47) - 1);
  EXPECT_EQ(eval(vm, "127").as<int8_t>(), 127);
  EXPECT_EQ(eval(vm, "-128").as<int8_t>(), -128);
  EXPECT_EQ(eval(vm, "255").as<uint8_t>(), 255);
  EXPECT_EQ(eval(vm, "2**31 - 1").as<int>(), std::numeric_limits<int>::max());
  EXPECT_EQ(eval(vm, "2**32 - 1").as<uint32_t>(), std::numeric_limits<uint32_t>::max());
  EXPECT_EQ(eval(vm, "True").as<int>(), 1);  // bool is an int, as in PyLong_AsLong
}

TEST(EmbedValue, IntegerOverflowIsAnErrorNotAWrap) {
  coil::VM vm;
  EXPECT_EQ(conversion_error<int64_t>(eval(vm, "2**63")), "OverflowError: Python int too large to convert to C long");
  EXPECT_EQ(conversion_error<int64_t>(eval(vm, "-2**63 - 1")), "OverflowError: Python int too large to convert to C long");
  EXPECT_EQ(conversion_error<int>(eval(vm, "2**31")), "OverflowError: Python int too large to convert to C int");
  EXPECT_EQ(conversion_error<int8_t>(eval(vm, "128")), "OverflowError: Python int too large to convert to C char");
  EXPECT_EQ(conversion_error<uint64_t>(eval(vm, "2**64")),
            "OverflowError: Python int too large to convert to C unsigned long");
  EXPECT_EQ(conversion_error<uint32_t>(eval(vm, "-1")), "OverflowError: can't convert negative int to unsigned");
  EXPECT_EQ(conversion_error<uint64_t>(eval(vm, "-2**100")), "OverflowError: can't convert negative int to unsigned");
  EXPECT_EQ(conversion_error<int>(eval(vm, "2**200")), "OverflowError: Python int too large to convert to C int");
}

TEST(EmbedValue, WrongTypesAreErrorsNotZeros) {
  coil::VM vm;
  coil::Value list = eval(vm, "[1, 2]");
  EXPECT_EQ(conversion_error<int>(list), "TypeError: 'list' object cannot be interpreted as an integer");
  EXPECT_EQ(conversion_error<int>(eval(vm, "1.5")), "TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_EQ(conversion_error<double>(eval(vm, "'x'")), "TypeError: must be real number, not str");
  EXPECT_EQ(conversion_error<bool>(eval(vm, "1")), "TypeError: must be bool, not int");
  EXPECT_EQ(conversion_error<std::string>(eval(vm, "7")), "TypeError: must be str, not int");
  EXPECT_THROW(list.as_int(), coil::Error);
  try {
    list.as<int>();
    FAIL() << "no exception";
  } catch (const coil::Error& e) {
    EXPECT_EQ(e.type, "TypeError");
    EXPECT_STREQ(e.what(), "TypeError: 'list' object cannot be interpreted as an integer");
  }
}

TEST(EmbedValue, FloatsIncludingFromInts) {
  coil::VM vm;
  EXPECT_DOUBLE_EQ(eval(vm, "7").as_float(), 7.0);  // not NaN
  EXPECT_DOUBLE_EQ(eval(vm, "2.5").as<double>(), 2.5);
  EXPECT_FLOAT_EQ(eval(vm, "0.25").as<float>(), 0.25f);
  EXPECT_DOUBLE_EQ(eval(vm, "2**70").as<double>(), 1180591620717411303424.0);
  EXPECT_EQ(conversion_error<double>(eval(vm, "10**400")), "OverflowError: int too large to convert to float");
  EXPECT_DOUBLE_EQ(vm.value(1.5).as_float(), 1.5);
  EXPECT_TRUE(vm.value(1.5).is_float());
  EXPECT_FALSE(eval(vm, "True").is_int());
  EXPECT_TRUE(eval(vm, "2**100").is_int());
}

TEST(EmbedValue, IntegersFromCxx) {
  coil::VM vm;
  EXPECT_EQ(vm.value(std::numeric_limits<int64_t>::min()).repr(), "-9223372036854775808");
  EXPECT_EQ(vm.value(std::numeric_limits<uint64_t>::max()).repr(), "18446744073709551615");
  EXPECT_EQ(vm.value(uint64_t(1) << 63).repr(), "9223372036854775808");
  EXPECT_EQ(vm.value(static_cast<short>(-5)).repr(), "-5");
  EXPECT_EQ(vm.value(true).repr(), "True");
  coil::Value big = vm.value(std::numeric_limits<uint64_t>::max());
  EXPECT_EQ(big.as<uint64_t>(), std::numeric_limits<uint64_t>::max());
}

// ---------------------------------------------------------------- strings

TEST(EmbedValue, StringsRoundTrip) {
  coil::VM vm;
  coil::Value s = vm.value(std::string("caf\xc3\xa9"));
  EXPECT_TRUE(s.is_str());
  EXPECT_EQ(s.size().value(), 4);
  EXPECT_EQ(s.as<std::string>(), "caf\xc3\xa9");
  EXPECT_EQ(vm.value("lit").as_str(), "lit");
  EXPECT_EQ(vm.value(std::string_view("view")).as_str(), "view");
  std::string with_nul("a\0b", 3);
  EXPECT_EQ(vm.value(with_nul).size().value(), 3);
  EXPECT_EQ(vm.value(with_nul).as_str(), with_nul);
}

TEST(EmbedValue, NonUtf8BytesSurviveAsSurrogates) {
  coil::VM vm;
  std::string raw = "ok\xff\xfe-\xc3";  // not UTF-8
  coil::Value s = vm.value(raw);
  EXPECT_TRUE(s.is_str());
  EXPECT_EQ(s.size().value(), 6);
  EXPECT_EQ(s.repr(), "'ok\\udcff\\udcfe-\\udcc3'");
  EXPECT_EQ(s.as_str(), raw);  // back to the same bytes
  coil::Value b = vm.bytes_value(raw);
  EXPECT_TRUE(b.is_bytes());
  EXPECT_EQ(b.repr(), "b'ok\\xff\\xfe-\\xc3'");
  EXPECT_EQ(b.as<std::string>(), raw);
}

// ---------------------------------------------------------------- containers

TEST(EmbedValue, ContainersFromCxx) {
  coil::VM vm;
  EXPECT_EQ(vm.value(std::vector<int>{1, 2, 3}).repr(), "[1, 2, 3]");
  EXPECT_EQ(vm.value(std::map<std::string, double>{{"a", 1.5}, {"b", 2}}).repr(), "{'a': 1.5, 'b': 2.0}");
  EXPECT_EQ(vm.value(std::make_tuple(1, "two", 3.0)).repr(), "(1, 'two', 3.0)");
  EXPECT_EQ(vm.value(std::make_pair(std::string("k"), true)).repr(), "('k', True)");
  EXPECT_EQ(vm.value(std::optional<int>()).repr(), "None");
  EXPECT_EQ(vm.value(std::optional<int>(4)).repr(), "4");
  EXPECT_EQ(vm.value(std::vector<std::vector<int>>{{1}, {}}).repr(), "[[1], []]");
  EXPECT_EQ(vm.tuple_of(1, "x", nullptr).repr(), "(1, 'x', None)");
  EXPECT_EQ(vm.tuple().repr(), "()");
  coil::Value d = vm.dict({{vm.value("k"), vm.list({vm.value(1)})}});
  EXPECT_EQ(d.repr(), "{'k': [1]}");
  EXPECT_THROW(vm.dict({{vm.list(), vm.none()}}), coil::Error);  // unhashable key
}

TEST(EmbedValue, ContainersToCxx) {
  coil::VM vm;
  EXPECT_EQ(eval(vm, "[1, 2, 3]").as<std::vector<int>>(), (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(eval(vm, "(1, 2)").as<std::vector<long>>(), (std::vector<long>{1, 2}));
  auto m = eval(vm, "{'a': [1], 'b': []}").as<std::map<std::string, std::vector<int>>>();
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m["a"], std::vector<int>{1});
  auto u = eval(vm, "{1: 'x'}").as<std::unordered_map<int, std::string>>();
  EXPECT_EQ(u.at(1), "x");
  auto t = eval(vm, "(1, 'a', 2.5)").as<std::tuple<int, std::string, double>>();
  EXPECT_EQ(std::get<1>(t), "a");
  EXPECT_EQ(eval(vm, "None").as<std::optional<int>>(), std::nullopt);
  EXPECT_EQ(eval(vm, "3").as<std::optional<int>>(), 3);
  EXPECT_EQ(conversion_error<std::vector<int>>(eval(vm, "[1, 'x']")),
            "TypeError: 'str' object cannot be interpreted as an integer");
  EXPECT_EQ(conversion_error<std::vector<int>>(eval(vm, "'abc'")), "TypeError: must be list, not str");
  EXPECT_EQ((conversion_error<std::map<int, int>>(eval(vm, "[]"))), "TypeError: must be dict, not list");
  EXPECT_EQ((conversion_error<std::tuple<int, int>>(eval(vm, "(1, 2, 3)"))),
            "ValueError: expected a sequence of 2 items, got 3");
}

TEST(EmbedValue, ItemsAttributesAndIteration) {
  coil::VM vm;
  coil::Value d = vm.dict();
  ASSERT_TRUE(d.set_item("x", 10));
  ASSERT_TRUE(d.set_item(2, std::vector<int>{1}));
  EXPECT_EQ(d.repr(), "{'x': 10, 2: [1]}");
  EXPECT_EQ(d.item("x").value().as_int(), 10);
  coil::Result<coil::Value> missing = d.item("nope");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().type, "KeyError");
  coil::Value l = vm.list({vm.value(1), vm.value("b")});
  EXPECT_EQ(l.item(-1).value().as_str(), "b");
  EXPECT_EQ(l.item(5).error().type, "IndexError");
  ASSERT_TRUE(l.call_method("append", 3.5));
  EXPECT_EQ(l.size().value(), 3);
  std::vector<coil::Value> items = eval(vm, "range(3)").elements().value();
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[2].as_int(), 2);
  EXPECT_EQ(eval(vm, "5").size().error().message, "object of type 'int' has no len()");

  ASSERT_TRUE(vm.run_string("class P:\n    def __init__(self):\n        self.x = 1\n"));
  coil::Value p = eval(vm, "P()");
  EXPECT_EQ(p.attr("x").value().as_int(), 1);
  ASSERT_TRUE(p.set_attr("y", "why"));
  EXPECT_TRUE(p.has_attr("y"));
  EXPECT_FALSE(p.has_attr("z"));
  EXPECT_EQ(p.attr("z").error().message, "'P' object has no attribute 'z'");
  EXPECT_EQ(eval(vm, "P").attr("__name__").value().as_str(), "P");
  EXPECT_TRUE(p.is_instance(eval(vm, "P")).value());
  EXPECT_FALSE(p.is_instance(eval(vm, "int")).value());
  EXPECT_TRUE(eval(vm, "[1, 2]").equals(vm.value(std::vector<int>{1, 2})).value());
  EXPECT_FALSE(eval(vm, "[]").truthy().value());
  coil::Value same = p;
  EXPECT_TRUE(same.is(p));
  EXPECT_FALSE(p.is(eval(vm, "P()")));
}

// ---------------------------------------------------------------- calls

TEST(EmbedValue, CallWithPositionalAndKeywordArguments) {
  coil::VM vm;
  ASSERT_TRUE(vm.run_string("def f(a, b=2, *, c=3):\n    return [a, b, c]\n"));
  coil::Value f = vm.get_global("f").value();
  EXPECT_EQ(f(1).value().repr(), "[1, 2, 3]");
  EXPECT_EQ(f(1, "x", coil::kw("c", 9.5)).value().repr(), "[1, 'x', 9.5]");
  EXPECT_EQ(f.call(coil::kw("a", 0), coil::kw("b", nullptr)).value().repr(), "[0, None, 3]");
  EXPECT_EQ(f.call_args({vm.value(7)}, {{"c", vm.value("k")}}).value().repr(), "[7, 2, 'k']");
  coil::Result<coil::Value> bad = f(1, 2, 3);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().type, "TypeError");
  EXPECT_EQ(bad.error().message, "f() takes from 1 to 2 positional arguments but 3 were given");
  EXPECT_EQ(eval(vm, "str.upper")("abc").value().as_str(), "ABC");
  EXPECT_EQ(eval(vm, "dict")(coil::kw("a", 1)).value().repr(), "{'a': 1}");
  EXPECT_EQ(vm.value(5)().error().message, "'int' object is not callable");
}

TEST(EmbedValue, ScriptErrorsCarryTypeMessageTracebackAndObject) {
  coil::VM vm;
  ASSERT_TRUE(vm.run_string("class Oops(Exception):\n"
                            "    code = 42\n"
                            "def inner(x):\n"
                            "    raise Oops('bad ' + x)\n"
                            "def outer(x):\n"
                            "    inner(x)\n",
                            "game.py"));
  coil::Result<coil::Value> r = vm.get_global("outer").value()("input");
  ASSERT_FALSE(r);
  const coil::Error& e = r.error();
  EXPECT_EQ(e.type, "Oops");
  EXPECT_EQ(e.message, "bad input");
  ASSERT_EQ(e.traceback.size(), 2u);
  EXPECT_EQ(e.traceback[0].function, "outer");
  EXPECT_EQ(e.traceback[1].function, "inner");
  EXPECT_EQ(e.traceback[1].line, 4);
  EXPECT_NE(e.formatted.find("Oops: bad input"), std::string::npos);
  EXPECT_EQ(e.exception.attr("code").value().as_int(), 42);
  EXPECT_EQ(e.exception.attr("args").value().repr(), "('bad input',)");
  try {
    vm.get_global("outer").value()("again").value();
    FAIL() << "value() of an error must throw";
  } catch (const coil::Error& thrown) {
    EXPECT_EQ(thrown.message, "bad again");
  }
}

TEST(EmbedValue, ScriptCallableAsStdFunction) {
  coil::VM vm;
  ASSERT_TRUE(vm.run_string("def scale(x, k):\n"
                            "    if k < 0:\n"
                            "        raise ValueError('negative')\n"
                            "    return x * k\n"));
  auto scale = vm.get_global("scale").value().as<std::function<double(double, int)>>();
  EXPECT_DOUBLE_EQ(scale(1.5, 4), 6.0);
  auto text = vm.get_global("scale").value().as<std::function<std::string(std::string, int)>>();
  EXPECT_EQ(text("ab", 2), "abab");
  EXPECT_THROW(scale(1.0, -1), coil::Error);
  EXPECT_EQ(conversion_error<std::function<void()>>(vm.value(3)), "TypeError: must be callable, not int");
}

// ---------------------------------------------------------------- globals and modules

TEST(EmbedValue, GlobalsAndModules) {
  coil::VM vm;
  vm.set_global("speed", 2.5);
  vm.set_global("names", std::vector<std::string>{"a", "b"});
  ASSERT_TRUE(vm.run_string("total = speed * len(names)\n"));
  EXPECT_DOUBLE_EQ(vm.get_global("total").value().as_float(), 5.0);
  coil::Result<coil::Value> missing = vm.get_global("nothing");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().type, "NameError");
  EXPECT_EQ(missing.error().message, "name 'nothing' is not defined");
  coil::Value math = vm.import_module("math").value();
  EXPECT_DOUBLE_EQ(math.call_method("sqrt", 16).value().as_float(), 4.0);
  EXPECT_EQ(vm.import_module("no_such_module").error().type, "ModuleNotFoundError");
  EXPECT_EQ(vm.main_module().attr("__name__").value().as_str(), "__main__");
}

// ---------------------------------------------------------------- lifetime

TEST(EmbedValue, HandleOutlivesItsVm) {
  // A host struct whose Value member is destroyed after the VM member.
  struct Host {
    coil::Value kept;
    coil::Value empty;
    std::unique_ptr<coil::VM> vm = std::make_unique<coil::VM>();
  };
  Host host;
  host.kept = host.vm->eval("[1, 2, 3]").value();
  coil::Value copy = host.kept;
  EXPECT_TRUE(copy.alive());
  host.vm.reset();
  EXPECT_FALSE(host.kept.alive());
  EXPECT_FALSE(copy.alive());
  EXPECT_EQ(host.kept.vm(), nullptr);
  EXPECT_FALSE(host.kept.is_list());
  EXPECT_FALSE(host.kept.is_none());
  EXPECT_EQ(host.kept.repr(), "<dead coil value>");
  EXPECT_EQ(host.kept.type_name(), "<dead>");
  EXPECT_THROW(host.kept.as_int(), coil::Error);
  EXPECT_EQ(host.kept.size().error().type, "RuntimeError");
  EXPECT_EQ(host.kept(1).error().type, "RuntimeError");
  coil::Value copied_dead = host.kept;  // copying a dead handle is fine too
  EXPECT_FALSE(copied_dead.alive());
  EXPECT_TRUE(host.empty.is_none());  // an empty handle is None
}

TEST(EmbedValue, ErrorsOutliveTheirVm) {
  coil::Error kept;
  {
    coil::VM vm;
    kept = vm.eval("1 / 0").error();
    EXPECT_TRUE(kept.exception.alive());
  }
  EXPECT_EQ(kept.type, "ZeroDivisionError");
  EXPECT_FALSE(kept.exception.alive());
}

TEST(EmbedValue, ValueFromAnotherVmIsRefused) {
  coil::VM a, b;
  coil::Value from_a = a.value(std::vector<int>{1});
  coil::Value list_b = b.list();
  coil::Result<coil::Value> r = list_b.call_method("append", from_a);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "ValueError");
  EXPECT_THROW(b.list({from_a}), coil::Error);
}

TEST(EmbedValue, HandlesSurviveGcStress) {
  coil::Config config;
  config.gc_stress = true;
  coil::VM vm(config);
  ASSERT_TRUE(vm.run_string("def make(n):\n    return [str(i) * 2 for i in range(n)]\n"));
  coil::Value made = vm.get_global("make").value()(50).value();
  coil::Value built = vm.value(std::map<std::string, std::vector<std::string>>{{"k", {"a", "b"}}});
  for (int i = 0; i < 20; ++i) ASSERT_TRUE(vm.run_string("junk = [[j] for j in range(100)]\n"));
  vm.collect_garbage();
  EXPECT_EQ(made.item(49).value().as_str(), "4949");
  EXPECT_EQ(built.repr(), "{'k': ['a', 'b']}");
  auto back = made.as<std::vector<std::string>>();
  EXPECT_EQ(back.size(), 50u);
}

}  // namespace
