// Unit tests of the argument parser of native functions (vm/args.hpp): the
// signature text, positional and keyword mapping, defaults, and CPython
// 3.11's TypeError wording for each calling convention (the messages were
// taken from python3 for the builtins named in the comments).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "vm/args.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"
#include "vm/vm.hpp"

using namespace coil::vm;

namespace {

class Args : public ::testing::Test {
 protected:
  VM vm{VMOptions{}};
  std::vector<Value> argv;
  Tuple* kwnames = nullptr;
  int nargs = 0;

  // Positional arguments (small ints) then keywords by name.
  void call(std::vector<int> pos, std::vector<std::pair<const char*, int>> kw = {}) {
    argv.clear();
    for (int v : pos) argv.push_back(Value::small_int(v));
    nargs = static_cast<int>(pos.size());
    kwnames = nullptr;
    if (!kw.empty()) {
      kwnames = vm.new_tuple(static_cast<uint32_t>(kw.size()));
      for (size_t i = 0; i < kw.size(); ++i) {
        kwnames->items[i] = vm.str_value(kw[i].first);
        argv.push_back(Value::small_int(kw[i].second));
      }
    }
  }

  // The parse's TypeError message, or "" when it succeeded.
  std::string error(const ArgSpec& spec, Value* out) {
    if (spec.parse(vm, argv.data(), nargs, kwnames, out)) return "";
    Value e = vm.take_pending();
    EXPECT_TRUE(vm.isinstance(e, vm.types.TypeError));
    Value s = vm.str(e);
    return std::string(as_str(s)->view());
  }
};

TEST_F(Args, SignatureText) {
  ArgSpec spec("f", "a, b, /, c=?, d=None, *, e=True, f=-3");
  const Params& p = spec.params();
  EXPECT_EQ(p.count, 6);
  EXPECT_EQ(p.required, 2);
  EXPECT_EQ(p.posonly, 2);
  EXPECT_EQ(p.maxpos, 4);
  EXPECT_STREQ(p.names[0], "a");
  EXPECT_STREQ(p.names[5], "f");
  EXPECT_TRUE(p.defaults[2].is_null());
  EXPECT_TRUE(p.defaults[3].is_none());
  EXPECT_EQ(p.defaults[4].raw(), Value::boolean(true).raw());
  EXPECT_EQ(p.defaults[5].raw(), Value::small_int(-3).raw());
}

TEST_F(Args, PositionalKeywordsAndDefaults) {
  ArgSpec spec("f", "a, /, b=?, c=7, *, d=None");
  Value out[4];
  call({1});
  EXPECT_EQ(error(spec, out), "");
  EXPECT_EQ(out[0].raw(), Value::small_int(1).raw());
  EXPECT_TRUE(out[1].is_null());
  EXPECT_EQ(out[2].raw(), Value::small_int(7).raw());
  EXPECT_TRUE(out[3].is_none());
  call({1, 2}, {{"d", 4}, {"c", 3}});
  EXPECT_EQ(error(spec, out), "");
  EXPECT_EQ(out[1].raw(), Value::small_int(2).raw());
  EXPECT_EQ(out[2].raw(), Value::small_int(3).raw());
  EXPECT_EQ(out[3].raw(), Value::small_int(4).raw());
}

TEST_F(Args, KeywordsMessages) {
  ArgSpec split("str.split", "sep=None, maxsplit=-1");
  Value out[4];
  call({1, 2, 3});
  EXPECT_EQ(error(split, out), "split() takes at most 2 arguments (3 given)");
  call({}, {{"sep", 1}, {"maxsplit", 2}, {"x", 3}});
  EXPECT_EQ(error(split, out), "split() takes at most 2 keyword arguments (3 given)");
  call({}, {{"foo", 1}});
  EXPECT_EQ(error(split, out), "'foo' is an invalid keyword argument for split()");
  call({1}, {{"sep", 1}});
  EXPECT_EQ(error(split, out), "argument for split() given by name ('sep') and position (1)");

  ArgSpec round("round", "number, ndigits=None");
  call({});
  EXPECT_EQ(error(round, out), "round() missing required argument 'number' (pos 1)");
  ArgSpec sort("list.sort", "*, key=None, reverse=False");
  call({1});
  EXPECT_EQ(error(sort, out), "sort() takes no positional arguments");
  ArgSpec sum("sum", "iterable, /, start=0");
  call({}, {{"iterable", 1}});
  EXPECT_EQ(error(sum, out), "sum() takes at least 1 positional argument (0 given)");
  call({1}, {{"iterable", 1}});
  EXPECT_EQ(error(sum, out), "'iterable' is an invalid keyword argument for sum()");
  ArgSpec date(nullptr, "year, month, day");
  call({1});
  EXPECT_EQ(error(date, out), "function missing required argument 'month' (pos 2)");
  call({1, 2, 3, 4});
  EXPECT_EQ(error(date, out), "function takes at most 3 arguments (4 given)");
  call({1, 2, 3}, {{"x", 1}});
  EXPECT_EQ(error(date, out), "function takes at most 3 arguments (4 given)");
  call({1, 2}, {{"x", 1}});
  EXPECT_EQ(error(date, out), "function missing required argument 'day' (pos 3)");
  ArgSpec date2(nullptr, "year, month=?, day=?");
  EXPECT_EQ(error(date2, out), "'x' is an invalid keyword argument for this function");
}

TEST_F(Args, PositionalMessages) {
  Value out[3];
  ArgSpec lower("str.lower", "", ArgStyle::Positional);
  call({1});
  EXPECT_EQ(error(lower, out), "str.lower() takes no arguments (1 given)");
  call({}, {{"x", 1}});
  EXPECT_EQ(error(lower, out), "str.lower() takes no keyword arguments");
  ArgSpec len("len", "obj", ArgStyle::Positional);
  call({1, 2});
  EXPECT_EQ(error(len, out), "len() takes exactly one argument (2 given)");
  ArgSpec pow("math.pow", "x, y", ArgStyle::Positional);
  call({1});
  EXPECT_EQ(error(pow, out), "pow expected 2 arguments, got 1");
  call({1}, {{"y", 2}});
  EXPECT_EQ(error(pow, out), "math.pow() takes no keyword arguments");
  ArgSpec get("dict.get", "key, default=None", ArgStyle::Positional);
  call({});
  EXPECT_EQ(error(get, out), "get expected at least 1 argument, got 0");
  call({1, 2, 3});
  EXPECT_EQ(error(get, out), "get expected at most 2 arguments, got 3");
  call({1});
  EXPECT_EQ(error(get, out), "");
  EXPECT_TRUE(out[1].is_none());
}

TEST_F(Args, TupleAndWrapperMessages) {
  Value out[3];
  ArgSpec find("str.find", "sub, start=?, end=?", ArgStyle::Tuple);
  call({});
  EXPECT_EQ(error(find, out), "find() takes at least 1 argument (0 given)");
  call({1, 2, 3, 4});
  EXPECT_EQ(error(find, out), "find() takes at most 3 arguments (4 given)");
  call({1}, {{"start", 1}});
  EXPECT_EQ(error(find, out), "str.find() takes no keyword arguments");
  ArgSpec add("__add__", "other", ArgStyle::Wrapper);
  call({});
  EXPECT_EQ(error(add, out), "expected 1 argument, got 0");
  call({1}, {{"x", 1}});
  EXPECT_EQ(error(add, out), "wrapper __add__() takes no keyword arguments");
  ArgSpec len("__len__", "", ArgStyle::Wrapper);
  call({1});
  EXPECT_EQ(error(len, out), "expected 0 arguments, got 1");
}

TEST_F(Args, PythonMessages) {
  Value out[3];
  ArgSpec soon("BaseEventLoop.call_soon", "callback, *, context=None", ArgStyle::Python);
  call({1}, {{"ctx", 1}});
  EXPECT_EQ(error(soon, out),
            "BaseEventLoop.call_soon() got an unexpected keyword argument 'ctx'");
  call({});
  EXPECT_EQ(error(soon, out),
            "BaseEventLoop.call_soon() missing 1 required positional argument: 'callback'");
  call({1}, {{"callback", 1}});
  EXPECT_EQ(error(soon, out),
            "BaseEventLoop.call_soon() got multiple values for argument 'callback'");
}

TEST_F(Args, SpecialMethods) {
  auto message = [&](bool ok) {
    EXPECT_FALSE(ok);
    return std::string(as_str(vm.str(vm.take_pending()))->view());
  };
  // A slot wrapper, the same for every type.
  EXPECT_EQ(message(special_method_args(vm, "list", "__len__", 1, nullptr, 0)),
            "expected 0 arguments, got 1");
  call({}, {{"x", 1}});
  EXPECT_EQ(message(special_method_args(vm, "str", "__add__", 0, kwnames, 1)),
            "wrapper __add__() takes no keyword arguments");
  // Item assignment unpacks its arguments without a name.
  EXPECT_EQ(message(special_method_args(vm, "dict", "__setitem__", 3, nullptr, 2)),
            " expected 2 arguments, got 3");
  // Defined by the type as a METH_O method beside the slot, or no slot at all.
  EXPECT_EQ(message(special_method_args(vm, "list", "__getitem__", 0, nullptr, 1)),
            "list.__getitem__() takes exactly one argument (0 given)");
  EXPECT_EQ(message(special_method_args(vm, "range", "__getitem__", 0, nullptr, 1)),
            "expected 1 argument, got 0");
  EXPECT_EQ(message(special_method_args(vm, "list", "__reversed__", 1, nullptr, 0)),
            "list.__reversed__() takes no arguments (1 given)");
  EXPECT_TRUE(special_method_args(vm, "list", "__len__", 0, nullptr, 0));
}

TEST_F(Args, AdHocParseArgs) {
  Value out[2];
  call({1}, {{"start", 5}});
  ASSERT_TRUE(parse_args(vm, "enumerate", argv.data(), nargs, kwnames, {"iterable", "start"}, 1,
                         out));
  EXPECT_EQ(out[1].raw(), Value::small_int(5).raw());
  call({});
  EXPECT_FALSE(parse_args(vm, "enumerate", argv.data(), nargs, kwnames, {"iterable", "start"}, 1,
                          out));
  Value e = vm.take_pending();
  EXPECT_EQ(std::string(as_str(vm.str(e))->view()),
            "enumerate() missing required argument 'iterable' (pos 1)");
}

}  // namespace
