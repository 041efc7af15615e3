// Unit tests of the container types: hashing/equality consistency, dict
// insertion order, sort stability, set iteration order against CPython 3.11,
// and the CPython-exact tuple/frozenset hashes.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"
#include "vm/vm.hpp"

using namespace coil::vm;

namespace {

class Containers : public ::testing::Test {
 protected:
  VM vm{VMOptions{}};

  Value i(int64_t v) { return Value::small_int(v); }
  Value s(const char* text) { return vm.str_value(text); }

  int64_t hash(Value v) {
    int64_t h = 0;
    EXPECT_TRUE(vm.hash(v, h));
    return h;
  }

  std::string repr(Value v) {
    Value r = vm.repr(v);
    EXPECT_FALSE(r.is_exception());
    return std::string(as_str(r)->view());
  }

  Set* set_of(const std::vector<int64_t>& items) {
    Set* st = vm.new_set();
    for (int64_t x : items) EXPECT_EQ(set_add(vm, st, vm.make_int(x)), 0);
    return st;
  }

  // The set's items in iteration order (through its iterator).
  std::vector<int64_t> order(Set* st) {
    std::vector<int64_t> out;
    Value it = vm.iter(Value::object(st));
    Value x;
    while (vm.next(it, x) == 1) {
      int64_t n = 0;
      EXPECT_TRUE(vm.index_value(x, n));
      out.push_back(n);
    }
    return out;
  }

  std::vector<std::string> dict_keys(Dict* d) {
    std::vector<std::string> out;
    Value it = vm.iter(Value::object(d));
    Value x;
    while (vm.next(it, x) == 1) out.emplace_back(as_str(x)->view());
    return out;
  }
};

TEST_F(Containers, EqualNumbersHashEqually) {
  EXPECT_EQ(hash(i(1)), hash(Value::from_double(1.0)));
  EXPECT_EQ(hash(i(1)), hash(Value::boolean(true)));
  EXPECT_EQ(hash(i(0)), hash(Value::boolean(false)));
  EXPECT_EQ(hash(i(-1)), -2);
  EXPECT_EQ(hash(Value::object(vm.tuple_of({Value::from_double(1.0), Value::boolean(false)}))),
            hash(Value::object(vm.tuple_of({i(1), i(0)}))));
}

TEST_F(Containers, EqualKeysCollideInDicts) {
  Dict* d = vm.new_dict();
  ASSERT_EQ(dict_set(vm, d, i(1), s("int")), 0);
  ASSERT_EQ(dict_set(vm, d, Value::from_double(1.0), s("float")), 0);
  ASSERT_EQ(dict_set(vm, d, Value::boolean(true), s("bool")), 0);
  EXPECT_EQ(dict_size(d), 1);
  // The first key stays; the value is the last one stored.
  EXPECT_EQ(repr(Value::object(d)), "{1: 'bool'}");
  Value v = dict_get(vm, d, Value::from_double(1.0));
  ASSERT_FALSE(v.is_null());
  EXPECT_EQ(as_str(v)->view(), "bool");
}

TEST_F(Containers, EqualKeysCollideInSets) {
  Set* st = vm.new_set();
  ASSERT_EQ(set_add(vm, st, i(1)), 0);
  ASSERT_EQ(set_add(vm, st, Value::from_double(1.0)), 0);
  ASSERT_EQ(set_add(vm, st, Value::boolean(true)), 0);
  ASSERT_EQ(set_add(vm, st, s("a")), 0);
  ASSERT_EQ(set_add(vm, st, s("a")), 0);  // a different but equal str object
  EXPECT_EQ(st->table.used, 2u);
  EXPECT_EQ(set_contains(vm, st, Value::boolean(true)), 1);
  EXPECT_EQ(set_contains(vm, st, s("a")), 1);
  EXPECT_EQ(set_contains(vm, st, i(2)), 0);
}

TEST_F(Containers, DictKeepsInsertionOrderAcrossDeletes) {
  Dict* d = vm.new_dict();
  for (const char* k : {"a", "b", "c"}) ASSERT_EQ(dict_set(vm, d, s(k), i(1)), 0);
  ASSERT_EQ(dict_del(vm, d, s("b")), 1);
  ASSERT_EQ(dict_set(vm, d, s("d"), i(2)), 0);
  ASSERT_EQ(dict_set(vm, d, s("b"), i(3)), 0);
  ASSERT_EQ(dict_set(vm, d, s("a"), i(4)), 0);  // replacing keeps the position
  EXPECT_EQ(dict_keys(d), (std::vector<std::string>{"a", "c", "d", "b"}));
  EXPECT_EQ(repr(Value::object(d)), "{'a': 4, 'c': 1, 'd': 2, 'b': 3}");
  // Many deletions and insertions (forcing index rebuilds) keep the order.
  Dict* big = vm.new_dict();
  std::vector<std::string> expect;
  for (int k = 0; k < 200; ++k) {
    std::string key = "k" + std::to_string(k);
    ASSERT_EQ(dict_set(vm, big, s(key.c_str()), i(k)), 0);
  }
  for (int k = 0; k < 200; ++k) {
    if (k % 3 == 0) {
      std::string key = "k" + std::to_string(k);
      ASSERT_EQ(dict_del(vm, big, s(key.c_str())), 1);
    }
  }
  for (int k = 0; k < 200; ++k) {
    if (k % 3 != 0) expect.push_back("k" + std::to_string(k));
  }
  for (int k = 0; k < 200; k += 6) {
    std::string key = "k" + std::to_string(k);
    ASSERT_EQ(dict_set(vm, big, s(key.c_str()), i(k)), 0);
    expect.push_back(key);
  }
  EXPECT_EQ(dict_keys(big), expect);
}

Value first_item(VM&, Value* args, int, Tuple*) {
  return static_cast<Tuple*>(args[0].as_obj())->items[0];
}

TEST_F(Containers, SortIsStable) {
  // Records (key, position): equal keys must keep their input order.
  std::mt19937 rng(42);
  List* l = vm.new_list();
  std::vector<std::pair<int, int>> expect;
  for (int k = 0; k < 500; ++k) {
    int key = static_cast<int>(rng() % 10);
    l->items.push_back(Value::object(vm.tuple_of({i(key), i(k)})));
    expect.emplace_back(key, k);
  }
  std::stable_sort(expect.begin(), expect.end(),
                   [](auto& a, auto& b) { return a.first < b.first; });
  Value key = Value::object(vm.new_native("first", first_item));
  ASSERT_FALSE(list_sort(vm, l, key, false).is_exception());
  ASSERT_EQ(l->items.size(), expect.size());
  for (size_t k = 0; k < expect.size(); ++k) {
    auto* t = static_cast<Tuple*>(l->items[k].as_obj());
    EXPECT_EQ(t->items[0].as_int(), expect[k].first);
    EXPECT_EQ(t->items[1].as_int(), expect[k].second);
  }
  // reverse=True keeps equal items in input order too.
  std::stable_sort(expect.begin(), expect.end(),
                   [](auto& a, auto& b) { return a.second < b.second; });
  std::stable_sort(expect.begin(), expect.end(),
                   [](auto& a, auto& b) { return a.first > b.first; });
  std::sort(l->items.begin(), l->items.end(), [](Value a, Value b) {
    return static_cast<Tuple*>(a.as_obj())->items[1].as_int() <
           static_cast<Tuple*>(b.as_obj())->items[1].as_int();
  });
  ASSERT_FALSE(list_sort(vm, l, key, true).is_exception());
  for (size_t k = 0; k < expect.size(); ++k) {
    auto* t = static_cast<Tuple*>(l->items[k].as_obj());
    EXPECT_EQ(t->items[1].as_int(), expect[k].second);
  }
}

TEST_F(Containers, SortMatchesStdSortOnEveryFastPath) {
  std::mt19937 rng(7);
  for (int n : {0, 1, 2, 5, 31, 64, 65, 200, 1000, 5000}) {
    List* ints = vm.new_list();
    List* mixed = vm.new_list();
    List* strs = vm.new_list();
    std::vector<int64_t> e_ints;
    std::vector<double> e_mixed;
    std::vector<std::string> e_strs;
    for (int k = 0; k < n; ++k) {
      int64_t v = static_cast<int64_t>(rng() % 1000) - 500;
      ints->items.push_back(i(v));
      e_ints.push_back(v);
      if (k % 2) {
        mixed->items.push_back(Value::from_double(v + 0.5));
        e_mixed.push_back(v + 0.5);
      } else {
        mixed->items.push_back(i(v));
        e_mixed.push_back(static_cast<double>(v));
      }
      std::string str = "s" + std::to_string(rng() % 300);
      strs->items.push_back(s(str.c_str()));
      e_strs.push_back(str);
    }
    std::sort(e_ints.begin(), e_ints.end());
    std::sort(e_mixed.begin(), e_mixed.end());
    std::sort(e_strs.begin(), e_strs.end());
    ASSERT_FALSE(list_sort(vm, ints, Value::none(), false).is_exception());
    ASSERT_FALSE(list_sort(vm, mixed, Value::none(), false).is_exception());
    ASSERT_FALSE(list_sort(vm, strs, Value::none(), false).is_exception());
    for (int k = 0; k < n; ++k) {
      EXPECT_EQ(ints->items[k].as_int(), e_ints[k]);
      Value m = mixed->items[k];
      EXPECT_EQ(m.is_int() ? static_cast<double>(m.as_int()) : m.as_double(), e_mixed[k]);
      EXPECT_EQ(as_str(strs->items[k])->view(), e_strs[k]);
    }
  }
}

TEST_F(Containers, SortGenericPathOrdersTuples) {
  // Tuples take the generic path (vm.compare).
  List* l = vm.new_list();
  for (int k = 0; k < 100; ++k) {
    l->items.push_back(Value::object(vm.tuple_of({i((k * 37) % 10), i(99 - k)})));
  }
  ASSERT_FALSE(list_sort(vm, l, Value::none(), false).is_exception());
  for (size_t k = 1; k < l->items.size(); ++k) {
    Value lt = vm.compare(l->items[k], l->items[k - 1], CompareOp::Lt);
    EXPECT_TRUE(lt.is_false_const());
  }
}

TEST_F(Containers, SortReportsIncomparableItems) {
  List* l = vm.new_list();
  l->items = {i(1), s("a"), i(2)};
  EXPECT_TRUE(list_sort(vm, l, Value::none(), false).is_exception());
  ASSERT_FALSE(vm.pending.is_null());
  EXPECT_TRUE(vm.pending_is(vm.types.TypeError));
  vm.pending = Value::null();
  EXPECT_EQ(l->items.size(), 3u);  // nothing lost
}

// Expected orders printed by CPython 3.11 (list(set(items))).
TEST_F(Containers, SetIterationOrderMatchesCPython) {
  struct Case {
    std::vector<int64_t> items, expect;
  };
  std::vector<Case> cases = {
      {{3, 1, 2}, {1, 2, 3}},
      {{100, 5, 37, -1}, {37, 100, 5, -1}},
      {{8, 16, 24, 0}, {8, 16, 24, 0}},
      {{1099511627776, 7, -5, 1000000, 33, 9}, {1099511627776, 33, 1000000, 7, 9, -5}},
      {{-1, -2, -3, -8, -9}, {-2, -9, -8, -3, -1}},
  };
  std::vector<int64_t> squares, squares_order = {
      0, 1, 256, 4, 9, 16, 144, 400, 529, 784, 25, 289, 36, 676, 169,
      49, 441, 64, 576, 196, 324, 841, 81, 729, 225, 100, 484, 361, 625, 121};
  for (int64_t k = 0; k < 30; ++k) squares.push_back(k * k);
  cases.push_back({squares, squares_order});
  std::vector<int64_t> r20;
  for (int64_t k = 0; k < 20; ++k) r20.push_back(k);
  cases.push_back({r20, r20});
  for (const Case& c : cases) EXPECT_EQ(order(set_of(c.items)), c.expect);
}

TEST_F(Containers, SetOrderAfterRemovalsMatchesCPython) {
  // s = set(range(50)); discard every third; update([100, 200, -7])
  std::vector<int64_t> r50;
  for (int64_t k = 0; k < 50; ++k) r50.push_back(k);
  Set* st = set_of(r50);
  for (int64_t k = 0; k < 50; k += 3) {
    Value args[2] = {Value::object(st), i(k)};
    Value f = vm.getattr(Value::object(st), vm.intern("discard"));
    ASSERT_FALSE(f.is_exception());
    ASSERT_FALSE(vm.call(f, args + 1, 1).is_exception());
  }
  for (int64_t k : {100, 200, -7}) ASSERT_EQ(set_add(vm, st, i(k)), 0);
  EXPECT_EQ(order(st), (std::vector<int64_t>{1,  2,  4,  5,  7,  8,  10, 11, 13, 14, 16, 17,
                                             19, 20, 22, 23, 25, 26, 28, 29, 31, 32, 34, 35,
                                             37, 38, 40, 41, 43, 44, 46, 47, 49, 200, 100, -7}));
  // s = set(); add 1, 9, 17, 25; remove 9; add 33 -> {1, 33, 17, 25}: 33 takes
  // the first never-used slot on its probe sequence, not 9's dummy.
  Set* t = set_of({1, 9, 17, 25});
  Value f = vm.getattr(Value::object(t), vm.intern("remove"));
  ASSERT_FALSE(vm.call1(f, i(9)).is_exception());
  ASSERT_EQ(set_add(vm, t, i(33)), 0);
  EXPECT_EQ(order(t), (std::vector<int64_t>{1, 33, 17, 25}));
  // set(range(10)); pop twice; add 55
  Set* p = set_of({0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  Value pop = vm.getattr(Value::object(p), vm.intern("pop"));
  EXPECT_EQ(vm.call0(pop).as_int(), 0);
  EXPECT_EQ(vm.call0(pop).as_int(), 1);
  ASSERT_EQ(set_add(vm, p, i(55)), 0);
  EXPECT_EQ(order(p), (std::vector<int64_t>{2, 3, 4, 5, 6, 7, 8, 9, 55}));
}

TEST_F(Containers, HashesMatchCPython) {
  EXPECT_EQ(hash(Value::object(vm.tuple_of({i(1), i(2)}))), -3550055125485641917);
  EXPECT_EQ(hash(Value::object(vm.empty_tuple)), 5740354900026072187);
  Value inner = Value::object(vm.tuple_of({i(2), i(3)}));
  EXPECT_EQ(hash(Value::object(vm.tuple_of({i(1), inner, i(-1)}))), -4691468712706788113);
  EXPECT_EQ(hash(Value::object(vm.tuple_of({Value::from_double(1.5), Value::boolean(true)}))),
            1767087712303363268);
  Set* f = vm.new_set(true);
  EXPECT_EQ(hash(Value::object(f)), 133146708735736);
  Set* f3 = vm.new_set(true);
  for (int k = 1; k <= 3; ++k) set_add(vm, f3, i(k));
  EXPECT_EQ(hash(Value::object(f3)), -272375401224217160);
  Set* f100 = vm.new_set(true);
  for (int k = 0; k < 100; ++k) set_add(vm, f100, i(k));
  EXPECT_EQ(hash(Value::object(f100)), 4411996150312757951);
}

TEST_F(Containers, SliceIndicesFollowCPython) {
  auto check = [&](Value start, Value stop, Value step, int64_t len, int64_t es, int64_t ee,
                   int64_t est, int64_t en) {
    auto* sl = static_cast<Slice*>(new_slice(vm, start, stop, step).as_obj());
    int64_t a, b, c, n;
    ASSERT_TRUE(slice_indices(vm, sl, len, a, b, c, n));
    EXPECT_EQ(a, es);
    EXPECT_EQ(b, ee);
    EXPECT_EQ(c, est);
    EXPECT_EQ(n, en);
  };
  Value none = Value::none();
  check(none, none, none, 10, 0, 10, 1, 10);
  check(none, none, i(-1), 10, 9, -1, -1, 10);
  check(i(-100), i(100), none, 5, 0, 5, 1, 5);
  check(i(1), i(8), i(3), 10, 1, 8, 3, 3);
  check(i(8), i(1), i(-3), 10, 8, 1, -3, 3);
  check(i(5), i(2), none, 10, 5, 2, 1, 0);
  auto* zero = static_cast<Slice*>(new_slice(vm, none, none, i(0)).as_obj());
  int64_t a, b, c, n;
  EXPECT_FALSE(slice_indices(vm, zero, 3, a, b, c, n));
  EXPECT_TRUE(vm.pending_is(vm.types.ValueError));
  vm.pending = Value::null();
}

TEST_F(Containers, ReprsAndRecursion) {
  List* l = vm.new_list();
  l->items = {i(1), i(2)};
  l->items.push_back(Value::object(l));
  EXPECT_EQ(repr(Value::object(l)), "[1, 2, [...]]");
  Dict* d = vm.new_dict();
  dict_set(vm, d, i(1), Value::object(d));
  EXPECT_EQ(repr(Value::object(d)), "{1: {...}}");
  EXPECT_EQ(repr(Value::object(vm.tuple_of({i(1)}))), "(1,)");
  EXPECT_EQ(repr(Value::object(vm.empty_tuple)), "()");
  EXPECT_EQ(repr(Value::object(vm.new_set())), "set()");
  EXPECT_EQ(repr(Value::object(set_of({2, 1}))), "{1, 2}");
  Set* f = vm.new_set(true);
  set_add(vm, f, i(1));
  EXPECT_EQ(repr(Value::object(f)), "frozenset({1})");
  EXPECT_EQ(repr(new_slice(vm, i(1), i(2), Value::none())), "slice(1, 2, None)");
  EXPECT_TRUE(vm.repr_stack.empty());
}

TEST_F(Containers, IteratorTypesHaveCPythonNames) {
  EXPECT_EQ(vm.type_of(vm.iter(Value::object(vm.new_list())))->name->view(), "list_iterator");
  EXPECT_EQ(vm.type_of(vm.iter(Value::object(vm.empty_tuple)))->name->view(), "tuple_iterator");
  EXPECT_EQ(vm.type_of(vm.iter(Value::object(vm.new_set())))->name->view(), "set_iterator");
  EXPECT_EQ(vm.type_of(vm.iter(Value::object(vm.new_dict())))->name->view(), "dict_keyiterator");
  for (const char* name : {"enumerate", "zip", "map", "filter", "reversed", "dict_keys"}) {
    Type* t = iterator_type(vm, name);
    ASSERT_NE(t, nullptr) << name;
    EXPECT_EQ(t->name->view(), name);
  }
  EXPECT_EQ(iterator_type(vm, "no_such_type"), nullptr);
}

}  // namespace
