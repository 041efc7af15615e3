// The `itertools` module, native as CPython's Modules/itertoolsmodule.c:
// every iterator is one ToolObj (a Foreign object) whose `tool` says which
// one it is; each kind has its own class (itertools.count, ...), kept per VM
// in the module's Extension. The algorithms, argument checks and messages
// follow CPython 3.11. Callbacks (predicates, key functions, binary
// functions) go through VM::call like map() and filter(), so each is one
// bounded nested run; a chain of nested iterators pulling from each other
// stops with RecursionError near the end of the C++ stack instead of
// overflowing it.
#include <string>
#include <vector>

#include "stdlib/stdlib.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

#define COIL_ITERTOOLS(X)                                                              \
  X(Count, "count") X(Cycle, "cycle") X(Repeat, "repeat") X(Accumulate, "accumulate") \
  X(Chain, "chain") X(Compress, "compress") X(DropWhile, "dropwhile")                  \
  X(TakeWhile, "takewhile") X(FilterFalse, "filterfalse") X(GroupBy, "groupby")        \
  X(Grouper, "_grouper") X(ISlice, "islice") X(StarMap, "starmap") X(Tee, "_tee")      \
  X(TeeData, "_tee_dataobject") X(ZipLongest, "zip_longest") X(Product, "product")     \
  X(Permutations, "permutations") X(Combinations, "combinations")                      \
  X(CombinationsWR, "combinations_with_replacement") X(Pairwise, "pairwise")

enum class Tool : uint8_t {
#define X(id, name) id,
  COIL_ITERTOOLS(X)
#undef X
  kCount
};

constexpr const char* kToolNames[] = {
#define X(id, name) name,
    COIL_ITERTOOLS(X)
#undef X
};

constexpr size_t kTools = static_cast<size_t>(Tool::kCount);
// Values a _tee_dataobject holds before it links to the next one (CPython's LINKCELLS).
constexpr size_t kTeeLinkCells = 57;

// One layout for every itertools object. The fields' meaning depends on
// `tool` (see each kind's section); all Values and `items` are traced.
struct ToolObj : Foreign {
  Tool tool;
  bool flag;     // kind-specific switch (dropwhile: dropping done, takewhile: stopped, ...)
  bool stopped;  // combinatorics: exhausted for good
  bool started;  // combinatorics: the first tuple was produced
  Value a, b, c, d, e;
  std::vector<Value> items;
  std::vector<int64_t> indices, cycles;
  int64_t i, n, step, cnt;
};

void tool_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* t = static_cast<ToolObj*>(self);
  auto mark = [&gray](Value v) { mark_gray(gray, v); };
  mark(t->a);
  mark(t->b);
  mark(t->c);
  mark(t->d);
  mark(t->e);
  for (Value v : t->items) mark(v);
}

void tool_destroy(Obj* self) { static_cast<ToolObj*>(self)->~ToolObj(); }

const ForeignClass kToolClass = {"itertools", tool_trace, tool_destroy};

// The classes, per VM.
struct ItertoolsState : Extension {
  Type* types[kTools] = {};
  void trace(Heap& heap) override {
    for (Type* t : types) heap.mark(t);
  }
};

ItertoolsState* state(VM& vm) {
  auto it = vm.extensions.find("itertools");
  return it == vm.extensions.end() ? nullptr : static_cast<ItertoolsState*>(it->second.get());
}

bool is_tool(Value v, Tool tool) {
  return v.is_obj() && v.as_obj()->kind == ObjKind::Foreign &&
         static_cast<Foreign*>(v.as_obj())->cls == &kToolClass &&
         static_cast<ToolObj*>(v.as_obj())->tool == tool;
}

ToolObj* as_tool(Value v) { return static_cast<ToolObj*>(v.as_obj()); }

ToolObj* new_tool(VM& vm, Tool tool) {
  auto* t = vm.alloc<ToolObj>(ObjKind::Foreign, state(vm)->types[static_cast<size_t>(tool)]);
  t->cls = &kToolClass;
  t->tool = tool;
  t->flag = t->stopped = t->started = false;
  t->a = t->b = t->c = t->d = t->e = Value::null();
  t->i = t->n = t->step = t->cnt = 0;
  return t;
}

// ---------------------------------------------------------------- argument parsing

int nkw_of(Tuple* kwnames) { return kwnames ? static_cast<int>(kwnames->size) : 0; }

// Positional-only constructors: "f() takes no keyword arguments", then
// "f expected N arguments, got M" (check_nargs).
bool positional(VM& vm, const char* fname, int nargs, Tuple* kwnames, int min, int max) {
  if (!no_kwargs(vm, fname, kwnames)) return false;
  if (min == max && nargs != min) {
    vm.raise_fmt(vm.types.TypeError, "%s expected %d argument%s, got %d", fname, min,
                 min == 1 ? "" : "s", nargs);
    return false;
  }
  return check_nargs(vm, fname, nargs, min, max);
}

// A Py_ssize_t argument ("n" format): __index__, OverflowError when too big.
bool ssize_arg(VM& vm, Value v, int64_t& out) {
  if (!vm.index_value(v, out)) return false;
  return true;
}

// Called before pulling from a source iterator, which may be another
// native iterator: nesting thousands deep is fine, running off the C++
// stack is a RecursionError.
bool stack_ok(VM& vm) {
  if (!vm.native_stack_exhausted()) return true;
  vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded");
  return false;
}

// pred(item) as a truth value: 1, 0 or -1 (item stays rooted by the caller).
int call_truth(VM& vm, Value fn, Value item) {
  Value r = vm.call1(fn, item);
  if (r.is_exception()) return -1;
  return vm.truthy(r);
}

Value tuple_from(VM& vm, const std::vector<Value>& items) {
  Tuple* t = vm.new_tuple(static_cast<uint32_t>(items.size()));
  for (size_t i = 0; i < items.size(); ++i) t->items[i] = items[i];
  return Value::object(t);
}

// ---------------------------------------------------------------- count
// a: the next value, b: the step.

Value count_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value p[2];
  if (!parse_args(vm, "count", args, nargs, kwnames, {"start", "step"}, 0, p, 2)) return Value::exception();
  Value start = p[0].is_null() ? Value::small_int(0) : p[0];
  Value step = p[1].is_null() ? Value::small_int(1) : p[1];
  // PyNumber_Check: __index__, __int__ or __float__.
  for (Value v : {start, step}) {
    if (v.is_int() || v.is_double() || v.is_bool()) continue;
    Type* t = vm.type_of(v);
    if (is_int_value(v) || is_float_value(v) || !vm.lookup_type(t, vm.names.__index__).is_null() ||
        !vm.lookup_type(t, vm.names.__int__).is_null() ||
        !vm.lookup_type(t, vm.names.__float__).is_null()) {
      continue;
    }
    return vm.raise(vm.types.TypeError, "a number is required");
  }
  ToolObj* t = new_tool(vm, Tool::Count);
  t->a = start;
  t->b = step;
  return Value::object(t);
}

int count_next(VM& vm, ToolObj* t, Value& out) {
  Value cur = t->a;
  if (cur.is_int() && t->b.is_int()) {
    t->a = vm.make_int(cur.as_int() + t->b.as_int());
  } else {
    Value next = vm.binary_op(cur, t->b, BinaryOp::Add);
    if (next.is_exception()) return -1;
    t->a = next;
  }
  out = cur;
  return 1;
}

Value count_repr(VM& vm, ToolObj* t) {
  RootScope roots(vm);
  std::string s(vm.type_of(Value::object(t))->name->view());
  Value r = vm.repr(t->a);
  if (r.is_exception()) return r;
  s += "(";
  s += as_str(r)->view();
  Value step = t->b;
  bool one = (step.is_int() && step.as_int() == 1) || step.is(Value::boolean(true));
  if (!one && is_int_value(step) && step.is_obj() && step.as_obj()->kind == ObjKind::BigInt) {
    int64_t v;
    one = static_cast<BigInt*>(step.as_obj())->to_int64(v) && v == 1;
  }
  if (!one) {
    Value rs = vm.repr(step);
    if (rs.is_exception()) return rs;
    s += ", ";
    s += as_str(rs)->view();
  }
  s += ")";
  return vm.str_value(s);
}

// ---------------------------------------------------------------- cycle
// a: the source (None once exhausted), items: what it gave, i: next index.

Value cycle_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional(vm, "cycle", nargs, kwnames, 1, 1)) return Value::exception();
  Value it = vm.iter(args[0]);
  if (it.is_exception()) return it;
  ToolObj* t = new_tool(vm, Tool::Cycle);
  t->a = it;
  return Value::object(t);
}

int cycle_next(VM& vm, ToolObj* t, Value& out) {
  if (!t->a.is_none()) {
    Value item;
    int r = vm.next(t->a, item);
    if (r < 0) return -1;
    if (r == 1) {
      t->items.push_back(item);
      out = item;
      return 1;
    }
    t->a = Value::none();
  }
  if (t->items.empty()) return 0;
  if (t->i >= static_cast<int64_t>(t->items.size())) t->i = 0;
  out = t->items[t->i++];
  if (t->i >= static_cast<int64_t>(t->items.size())) t->i = 0;
  return 1;
}

// ---------------------------------------------------------------- repeat
// a: the object, n: times left (-1: forever).

Value repeat_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value p[2];
  if (!parse_args(vm, "repeat", args, nargs, kwnames, {"object", "times"}, 1, p, 2)) return Value::exception();
  int64_t times = -1;
  if (!p[1].is_null()) {
    if (!ssize_arg(vm, p[1], times)) return Value::exception();
    if (times < 0) times = 0;
  }
  ToolObj* t = new_tool(vm, Tool::Repeat);
  t->a = p[0];
  t->n = times;
  return Value::object(t);
}

int repeat_next(VM&, ToolObj* t, Value& out) {
  if (t->n == 0) return 0;
  if (t->n > 0) --t->n;
  out = t->a;
  return 1;
}

Value repeat_repr(VM& vm, ToolObj* t) {
  Value r = vm.repr(t->a);
  if (r.is_exception()) return r;
  std::string s(vm.type_of(Value::object(t))->name->view());
  s += "(";
  s += as_str(r)->view();
  if (t->n >= 0) s += ", " + std::to_string(t->n);
  s += ")";
  return vm.str_value(s);
}

// ---------------------------------------------------------------- accumulate
// a: source, b: func (None: +), c: running total (null before the first), d: initial (null once given).

Value accumulate_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value p[3];
  if (!parse_args(vm, "accumulate", args, nargs, kwnames, {"iterable", "func", "initial"}, 1, p, 2)) {
    return Value::exception();
  }
  Value it = vm.iter(p[0]);
  if (it.is_exception()) return it;
  ToolObj* t = new_tool(vm, Tool::Accumulate);
  t->a = it;
  t->b = p[1].is_null() ? Value::none() : p[1];
  t->d = p[2].is_null() || p[2].is_none() ? Value::null() : p[2];
  return Value::object(t);
}

int accumulate_next(VM& vm, ToolObj* t, Value& out) {
  if (!t->d.is_null()) {
    t->c = t->d;
    t->d = Value::null();
    out = t->c;
    return 1;
  }
  Value val;
  int r = vm.next(t->a, val);
  if (r <= 0) return r;
  if (t->c.is_null()) {
    t->c = val;
    out = val;
    return 1;
  }
  RootScope roots(vm);
  roots.add(val);
  Value total = t->b.is_none() ? vm.binary_op(t->c, val, BinaryOp::Add) : vm.call2(t->b, t->c, val);
  if (total.is_exception()) return -1;
  t->c = total;
  out = total;
  return 1;
}

// ---------------------------------------------------------------- chain
// a: the iterator of iterables (None once exhausted), b: the active iterator (null: none).

Value make_chain(VM& vm, Value source) {
  ToolObj* t = new_tool(vm, Tool::Chain);
  t->a = source;
  return Value::object(t);
}

Value chain_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "chain", kwnames)) return Value::exception();
  RootScope roots(vm);
  Tuple* all = roots.add(vm.new_tuple(static_cast<uint32_t>(nargs)));
  for (int i = 0; i < nargs; ++i) all->items[i] = args[i];
  Value source = vm.iter(Value::object(all));
  if (source.is_exception()) return source;
  return make_chain(vm, source);
}

// chain.from_iterable(iterable), a classmethod: args[0] is the class.
Value chain_from_iterable(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "chain.from_iterable", kwnames)) return Value::exception();
  if (nargs != 2) {
    return vm.raise_fmt(vm.types.TypeError, "chain.from_iterable() takes exactly one argument (%d given)",
                        nargs - 1);
  }
  Value source = vm.iter(args[1]);
  if (source.is_exception()) return source;
  RootScope roots(vm);
  roots.add(source);
  Value chain = make_chain(vm, source);
  if (args[0].is_obj() && args[0].as_obj()->kind == ObjKind::Type) {
    chain.as_obj()->type = static_cast<Type*>(args[0].as_obj());
  }
  return chain;
}

int chain_next(VM& vm, ToolObj* t, Value& out) {
  while (!t->a.is_none()) {
    if (t->b.is_null()) {
      Value iterable;
      int r = vm.next(t->a, iterable);
      if (r <= 0) {
        t->a = Value::none();
        return r;
      }
      RootScope roots(vm);
      roots.add(iterable);
      Value active = vm.iter(iterable);
      if (active.is_exception()) {
        t->a = Value::none();
        return -1;
      }
      t->b = active;
    }
    int r = vm.next(t->b, out);
    if (r != 0) return r;
    t->b = Value::null();
  }
  return 0;
}

// ---------------------------------------------------------------- compress, dropwhile, takewhile, filterfalse, starmap
// compress: a data, b selectors. dropwhile/takewhile: a source, b predicate,
// flag done. filterfalse/starmap: a function, b source.

Value compress_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value p[2];
  if (!parse_args(vm, "compress", args, nargs, kwnames, {"data", "selectors"}, 2, p, 2)) return Value::exception();
  RootScope roots(vm);
  Value data = roots.add(vm.iter(p[0]));
  if (data.is_exception()) return data;
  Value selectors = vm.iter(p[1]);
  if (selectors.is_exception()) return selectors;
  ToolObj* t = new_tool(vm, Tool::Compress);
  t->a = data;
  t->b = selectors;
  return Value::object(t);
}

int compress_next(VM& vm, ToolObj* t, Value& out) {
  for (;;) {
    Value datum, selector;
    int r = vm.next(t->a, datum);
    if (r <= 0) return r;
    RootScope roots(vm);
    roots.add(datum);
    r = vm.next(t->b, selector);
    if (r <= 0) return r;
    int ok = vm.truthy(selector);
    if (ok < 0) return -1;
    if (ok) {
      out = datum;
      return 1;
    }
  }
}

Value predicate_new(VM& vm, Tool tool, Value* args, int nargs, Tuple* kwnames) {
  const char* name = kToolNames[static_cast<size_t>(tool)];
  if (!positional(vm, name, nargs, kwnames, 2, 2)) return Value::exception();
  Value it = vm.iter(args[1]);
  if (it.is_exception()) return it;
  ToolObj* t = new_tool(vm, tool);
  if (tool == Tool::FilterFalse || tool == Tool::StarMap) {
    t->a = args[0];
    t->b = it;
  } else {
    t->a = it;
    t->b = args[0];
  }
  return Value::object(t);
}

Value dropwhile_new(VM& vm, Value* args, int nargs, Tuple* kw) { return predicate_new(vm, Tool::DropWhile, args, nargs, kw); }
Value takewhile_new(VM& vm, Value* args, int nargs, Tuple* kw) { return predicate_new(vm, Tool::TakeWhile, args, nargs, kw); }
Value filterfalse_new(VM& vm, Value* args, int nargs, Tuple* kw) { return predicate_new(vm, Tool::FilterFalse, args, nargs, kw); }
Value starmap_new(VM& vm, Value* args, int nargs, Tuple* kw) { return predicate_new(vm, Tool::StarMap, args, nargs, kw); }

int dropwhile_next(VM& vm, ToolObj* t, Value& out) {
  for (;;) {
    Value item;
    int r = vm.next(t->a, item);
    if (r <= 0) return r;
    if (t->flag) {
      out = item;
      return 1;
    }
    RootScope roots(vm);
    roots.add(item);
    int ok = call_truth(vm, t->b, item);
    if (ok < 0) return -1;
    if (!ok) {
      t->flag = true;
      out = item;
      return 1;
    }
  }
}

int takewhile_next(VM& vm, ToolObj* t, Value& out) {
  if (t->flag) return 0;
  Value item;
  int r = vm.next(t->a, item);
  if (r <= 0) return r;
  RootScope roots(vm);
  roots.add(item);
  int ok = call_truth(vm, t->b, item);
  if (ok < 0) return -1;
  if (ok) {
    out = item;
    return 1;
  }
  t->flag = true;
  return 0;
}

int filterfalse_next(VM& vm, ToolObj* t, Value& out) {
  bool plain = t->a.is_none() || t->a.is(Value::object(vm.types.bool_));
  for (;;) {
    Value item;
    int r = vm.next(t->b, item);
    if (r <= 0) return r;
    RootScope roots(vm);
    roots.add(item);
    int ok = plain ? vm.truthy(item) : call_truth(vm, t->a, item);
    if (ok < 0) return -1;
    if (!ok) {
      out = item;
      return 1;
    }
  }
}

int starmap_next(VM& vm, ToolObj* t, Value& out) {
  Value args;
  int r = vm.next(t->b, args);
  if (r <= 0) return r;
  RootScope roots(vm);
  if (!args.is_obj() || args.as_obj()->type != vm.types.tuple) {
    roots.add(args);
    args = tuple_from_iterable(vm, args);
    if (args.is_exception()) return -1;
  }
  roots.add(args);
  Tuple* tup = static_cast<Tuple*>(args.as_obj());
  Value result = vm.call(t->a, tup->items, static_cast<int>(tup->size));
  if (result.is_exception()) return -1;
  out = result;
  return 1;
}

// ---------------------------------------------------------------- groupby
// groupby: a source, b key function (None), c target key (null), d current
// key (null), e current value (null); items[0]: the current _grouper, if any.
// _grouper: a its groupby, b its key.

Value groupby_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value p[2];
  if (!parse_args(vm, "groupby", args, nargs, kwnames, {"iterable", "key"}, 1, p, 2)) return Value::exception();
  Value it = vm.iter(p[0]);
  if (it.is_exception()) return it;
  ToolObj* t = new_tool(vm, Tool::GroupBy);
  t->a = it;
  t->b = p[1].is_null() ? Value::none() : p[1];
  t->items.push_back(Value::none());
  return Value::object(t);
}

// Reads the next value and its key into e and d: 1, 0 at the end, -1 on error.
int groupby_step(VM& vm, ToolObj* g) {
  Value value;
  int r = vm.next(g->a, value);
  if (r <= 0) return r;
  Value key = value;
  if (!g->b.is_none()) {
    RootScope roots(vm);
    roots.add(value);
    key = vm.call1(g->b, value);
    if (key.is_exception()) return -1;
  }
  g->e = value;
  g->d = key;
  return 1;
}

int groupby_next(VM& vm, ToolObj* g, Value& out) {
  g->items[0] = Value::none();
  // Skip to the next group.
  for (;;) {
    if (g->d.is_null()) {
      // first step
    } else if (g->c.is_null()) {
      break;
    } else {
      int eq = vm.eq(g->c, g->d);
      if (eq < 0) return -1;
      if (!eq) break;
    }
    int r = groupby_step(vm, g);
    if (r <= 0) return r;
  }
  g->c = g->d;
  ToolObj* grouper = new_tool(vm, Tool::Grouper);
  grouper->a = Value::object(g);
  grouper->b = g->c;
  g->items[0] = Value::object(grouper);
  out = Value::object(vm.tuple_of({g->d, Value::object(grouper)}));
  return 1;
}

int grouper_next(VM& vm, ToolObj* t, Value& out) {
  ToolObj* g = as_tool(t->a);
  if (!g->items[0].is(Value::object(t))) return 0;
  if (g->e.is_null()) {
    int r = groupby_step(vm, g);
    if (r <= 0) return r;
  }
  int eq = vm.eq(t->b, g->d);
  if (eq <= 0) return eq;
  out = g->e;
  g->e = Value::null();
  g->d = Value::null();
  return 1;
}

// ---------------------------------------------------------------- islice
// a: source (None once done), i: index of the next item to give (CPython's
// next), n: stop (-1: none), step, cnt: items read.

Value islice_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional(vm, "islice", nargs, kwnames, 2, 4)) return Value::exception();
  const char* kStopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  // PyNumber_AsSsize_t: -1 for anything that is not an index or overflows.
  auto as_ssize = [&vm](Value v) -> int64_t {
    int64_t out;
    if (vm.index_value(v, out)) return out;
    vm.pending = Value::null();
    return -1;
  };
  int64_t start = 0, stop = -1, step = 1;
  if (nargs == 2) {
    if (!args[1].is_none()) {
      stop = as_ssize(args[1]);
      if (stop == -1) return vm.raise(vm.types.ValueError, kStopMsg);
    }
  } else {
    if (!args[1].is_none()) start = as_ssize(args[1]);
    if (!args[2].is_none()) {
      stop = as_ssize(args[2]);
      if (stop == -1) return vm.raise(vm.types.ValueError, kStopMsg);
    }
  }
  if (start < 0 || stop < -1) {
    return vm.raise(vm.types.ValueError,
                    "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  }
  if (nargs == 4 && !args[3].is_none()) step = as_ssize(args[3]);
  if (step < 1) return vm.raise(vm.types.ValueError, "Step for islice() must be a positive integer or None.");
  Value it = vm.iter(args[0]);
  if (it.is_exception()) return it;
  ToolObj* t = new_tool(vm, Tool::ISlice);
  t->a = it;
  t->i = start;
  t->n = stop;
  t->step = step;
  return Value::object(t);
}

int islice_next(VM& vm, ToolObj* t, Value& out) {
  if (t->a.is_none()) return 0;
  Value item;
  while (t->cnt < t->i) {
    int r = vm.next(t->a, item);
    if (r <= 0) {
      t->a = Value::none();
      return r;
    }
    ++t->cnt;
  }
  if (t->n != -1 && t->cnt >= t->n) {
    t->a = Value::none();
    return 0;
  }
  int r = vm.next(t->a, item);
  if (r <= 0) {
    t->a = Value::none();
    return r;
  }
  ++t->cnt;
  int64_t old = t->i;
  t->i = static_cast<int64_t>(static_cast<uint64_t>(t->i) + static_cast<uint64_t>(t->step));
  if (t->i < old || (t->n != -1 && t->i > t->n)) t->i = t->n;
  out = item;
  return 1;
}

// ---------------------------------------------------------------- tee
// _tee_dataobject: a the source, items the values read (at most
// kTeeLinkCells), b the next data object (null until needed), flag running.
// _tee: a its data object, i its index there.

ToolObj* new_tee_data(VM& vm, Value source) {
  ToolObj* d = new_tool(vm, Tool::TeeData);
  d->a = source;
  return d;
}

ToolObj* new_tee(VM& vm, Value data, int64_t index) {
  ToolObj* t = new_tool(vm, Tool::Tee);
  t->a = data;
  t->i = index;
  return t;
}

// A _tee over `iterable` (a copy when it already is one).
Value tee_from_iterable(VM& vm, Value iterable) {
  RootScope roots(vm);
  Value it = roots.add(vm.iter(iterable));
  if (it.is_exception()) return it;
  if (is_tool(it, Tool::Tee)) return Value::object(new_tee(vm, as_tool(it)->a, as_tool(it)->i));
  ToolObj* data = new_tee_data(vm, it);
  roots.add(data);
  return Value::object(new_tee(vm, Value::object(data), 0));
}

Value tee_type_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value p[1];
  if (!parse_args(vm, "_tee", args, nargs, kwnames, {"iterable"}, 1, p, 1)) return Value::exception();
  return tee_from_iterable(vm, p[0]);
}

int tee_next(VM& vm, ToolObj* t, Value& out) {
  ToolObj* data = as_tool(t->a);
  if (t->i >= static_cast<int64_t>(kTeeLinkCells)) {
    if (data->b.is_null()) data->b = Value::object(new_tee_data(vm, data->a));
    t->a = data->b;
    t->i = 0;
    data = as_tool(t->a);
  }
  if (t->i < static_cast<int64_t>(data->items.size())) {
    out = data->items[t->i++];
    return 1;
  }
  // The lead iterator: read more.
  if (data->flag) {
    vm.raise(vm.types.RuntimeError, "cannot re-enter the tee iterator");
    return -1;
  }
  data->flag = true;
  Value value;
  int r = vm.next(data->a, value);
  data->flag = false;
  if (r <= 0) return r;
  data->items.push_back(value);
  ++t->i;
  out = value;
  return 1;
}

Value tee_copy(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "__copy__", kwnames)) return Value::exception();
  if (nargs != 1 || !is_tool(args[0], Tool::Tee)) {
    return vm.raise(vm.types.TypeError, "descriptor '__copy__' requires a '_tee' object");
  }
  ToolObj* t = as_tool(args[0]);
  ToolObj* copy = new_tee(vm, t->a, t->i);
  return Value::object(copy);
}

// tee(iterable, n=2): n independent iterators.
Value tee_function(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (nkw_of(kwnames)) return vm.raise(vm.types.TypeError, "itertools.tee() takes no keyword arguments");
  if (!check_nargs(vm, "tee", nargs, 1, 2)) return Value::exception();
  int64_t n = 2;
  if (nargs == 2 && !ssize_arg(vm, args[1], n)) return Value::exception();
  if (n < 0) return vm.raise(vm.types.ValueError, "n must be >= 0");
  RootScope roots(vm);
  Tuple* result = roots.add(vm.new_tuple(static_cast<uint32_t>(n)));
  for (int64_t i = 0; i < n; ++i) result->items[i] = Value::none();
  if (n == 0) return Value::object(result);
  Value it = roots.add(vm.iter(args[0]));
  if (it.is_exception()) return it;
  Str* copy_name = vm.intern("__copy__");
  Value copyfunc = vm.getattr_opt(it, copy_name);
  if (copyfunc.is_null() && !vm.pending.is_null()) return Value::exception();
  Value copyable = it;
  if (copyfunc.is_null()) {
    copyable = tee_from_iterable(vm, it);
    if (copyable.is_exception()) return copyable;
  }
  result->items[0] = copyable;
  for (int64_t i = 1; i < n; ++i) {
    Value f = vm.getattr(copyable, copy_name);
    if (f.is_exception()) return f;
    roots.add(f);
    Value c = vm.call0(f);
    if (c.is_exception()) return c;
    result->items[i] = c;
    copyable = c;
  }
  return Value::object(result);
}

// ---------------------------------------------------------------- zip_longest
// items: the iterators (None once exhausted), a: fillvalue, n: active ones.

Value zip_longest_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value fill = Value::none();
  for (int k = 0; k < nkw_of(kwnames); ++k) {
    if (as_str(kwnames->items[k])->view() != "fillvalue" || nkw_of(kwnames) > 1) {
      return vm.raise(vm.types.TypeError, "zip_longest() got an unexpected keyword argument");
    }
    fill = args[nargs + k];
  }
  RootScope roots(vm);
  List* iters = roots.add(vm.new_list());
  for (int i = 0; i < nargs; ++i) {
    Value it = vm.iter(args[i]);
    if (it.is_exception()) return it;
    iters->items.push_back(it);
  }
  ToolObj* t = new_tool(vm, Tool::ZipLongest);
  t->items = iters->items;
  t->a = fill;
  t->n = nargs;
  return Value::object(t);
}

int zip_longest_next(VM& vm, ToolObj* t, Value& out) {
  size_t size = t->items.size();
  if (size == 0 || t->n == 0) return 0;
  RootScope roots(vm);
  Tuple* result = roots.add(vm.new_tuple(static_cast<uint32_t>(size)));
  for (size_t i = 0; i < size; ++i) result->items[i] = Value::none();
  for (size_t i = 0; i < size; ++i) {
    Value it = t->items[i];
    if (it.is_none()) {
      result->items[i] = t->a;
      continue;
    }
    Value item;
    int r = vm.next(it, item);
    if (r == 1) {
      result->items[i] = item;
      continue;
    }
    if (--t->n == 0 || r < 0) {
      t->n = 0;
      return r;
    }
    t->items[i] = Value::none();
    result->items[i] = t->a;
  }
  out = Value::object(result);
  return 1;
}

// ---------------------------------------------------------------- pairwise
// a: source (None once done), b: the previous item (null: none yet).

Value pairwise_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional(vm, "pairwise", nargs, kwnames, 1, 1)) return Value::exception();
  Value it = vm.iter(args[0]);
  if (it.is_exception()) return it;
  ToolObj* t = new_tool(vm, Tool::Pairwise);
  t->a = it;
  return Value::object(t);
}

int pairwise_next(VM& vm, ToolObj* t, Value& out) {
  if (t->a.is_none()) return 0;
  if (t->b.is_null()) {
    Value first;
    int r = vm.next(t->a, first);
    if (r <= 0) {
      t->a = Value::none();
      return r;
    }
    t->b = first;
  }
  Value item;
  int r = vm.next(t->a, item);
  if (r <= 0) {
    t->a = Value::none();
    t->b = Value::null();
    return r;
  }
  out = Value::object(vm.tuple_of({t->b, item}));
  t->b = item;
  return 1;
}

// ---------------------------------------------------------------- combinatorics
// a: the pool (a tuple; product: a tuple of pools), items: the last result,
// indices and cycles as in CPython, stopped, started.

Tuple* pool_of(ToolObj* t) { return static_cast<Tuple*>(t->a.as_obj()); }

Value product_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  int64_t repeat = 1;
  int nkw = nkw_of(kwnames);
  if (nkw) {
    if (nkw > 1) {
      return vm.raise_fmt(vm.types.TypeError, "product() takes at most 1 keyword argument (%d given)", nkw);
    }
    if (as_str(kwnames->items[0])->view() != "repeat") {
      return vm.raise_fmt(vm.types.TypeError, "'%s' is an invalid keyword argument for product()",
                          as_str(kwnames->items[0])->data);
    }
    if (!ssize_arg(vm, args[nargs], repeat)) return Value::exception();
    if (repeat < 0) return vm.raise(vm.types.ValueError, "repeat argument cannot be negative");
  }
  int64_t npools = repeat == 0 ? 0 : static_cast<int64_t>(nargs);
  if (npools && repeat > (int64_t(1) << 28) / npools) {
    return vm.raise(vm.types.OverflowError, "repeat argument too large");
  }
  RootScope roots(vm);
  Tuple* pools = roots.add(vm.new_tuple(static_cast<uint32_t>(npools * repeat)));
  for (uint32_t i = 0; i < pools->size; ++i) pools->items[i] = Value::none();
  for (int64_t i = 0; i < npools; ++i) {
    Value pool = tuple_from_iterable(vm, args[i]);
    if (pool.is_exception()) return pool;
    pools->items[i] = pool;
  }
  for (int64_t i = npools; i < npools * repeat; ++i) pools->items[i] = pools->items[i - npools];
  ToolObj* t = new_tool(vm, Tool::Product);
  t->a = Value::object(pools);
  t->indices.assign(pools->size, 0);
  return Value::object(t);
}

int product_next(VM& vm, ToolObj* t, Value& out) {
  if (t->stopped) return 0;
  Tuple* pools = pool_of(t);
  size_t npools = pools->size;
  if (!t->started) {
    t->started = true;
    t->items.resize(npools);
    for (size_t i = 0; i < npools; ++i) {
      Tuple* pool = static_cast<Tuple*>(pools->items[i].as_obj());
      if (pool->size == 0) {
        t->stopped = true;
        return 0;
      }
      t->items[i] = pool->items[0];
    }
  } else {
    int64_t i = static_cast<int64_t>(npools) - 1;
    for (; i >= 0; --i) {
      Tuple* pool = static_cast<Tuple*>(pools->items[i].as_obj());
      if (++t->indices[i] == static_cast<int64_t>(pool->size)) {
        t->indices[i] = 0;
        t->items[i] = pool->items[0];
      } else {
        t->items[i] = pool->items[t->indices[i]];
        break;
      }
    }
    if (i < 0) {
      t->stopped = true;
      return 0;
    }
  }
  out = tuple_from(vm, t->items);
  return 1;
}

// The pool and r of permutations/combinations: false with an error pending.
bool pool_and_r(VM& vm, Value iterable, Value& pool, int64_t& r) {
  pool = tuple_from_iterable(vm, iterable);
  if (pool.is_exception()) return false;
  if (r < 0) {
    vm.raise(vm.types.ValueError, "r must be non-negative");
    return false;
  }
  return true;
}

Value permutations_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value p[2];
  if (!parse_args(vm, "permutations", args, nargs, kwnames, {"iterable", "r"}, 1, p, 2)) {
    return Value::exception();
  }
  RootScope roots(vm);
  Value pool = roots.add(tuple_from_iterable(vm, p[0]));
  if (pool.is_exception()) return pool;
  int64_t n = static_cast<Tuple*>(pool.as_obj())->size;
  int64_t r = n;
  if (!p[1].is_null() && !p[1].is_none()) {
    if (!is_int_value(p[1])) return vm.raise(vm.types.TypeError, "Expected int as r");
    if (!vm.index_value(p[1], r)) return Value::exception();
  }
  if (r < 0) return vm.raise(vm.types.ValueError, "r must be non-negative");
  ToolObj* t = new_tool(vm, Tool::Permutations);
  t->a = pool;
  t->n = n;
  t->step = r;
  t->indices.resize(n);
  for (int64_t i = 0; i < n; ++i) t->indices[i] = i;
  if (r <= n) {
    t->cycles.resize(r);
    for (int64_t i = 0; i < r; ++i) t->cycles[i] = n - i;
  }
  t->stopped = r > n;
  return Value::object(t);
}

int permutations_next(VM& vm, ToolObj* t, Value& out) {
  if (t->stopped) return 0;
  Tuple* pool = pool_of(t);
  int64_t n = t->n, r = t->step;
  auto& indices = t->indices;
  auto& cycles = t->cycles;
  if (!t->started) {
    t->started = true;
    t->items.resize(r);
    for (int64_t i = 0; i < r; ++i) t->items[i] = pool->items[indices[i]];
  } else {
    if (n == 0) {
      t->stopped = true;
      return 0;
    }
    int64_t i = r - 1;
    for (; i >= 0; --i) {
      if (--cycles[i] == 0) {
        // indices[i:] = indices[i+1:] + indices[i:i+1]
        int64_t index = indices[i];
        for (int64_t j = i; j < n - 1; ++j) indices[j] = indices[j + 1];
        indices[n - 1] = index;
        cycles[i] = n - i;
      } else {
        int64_t j = cycles[i];
        std::swap(indices[i], indices[n - j]);
        for (int64_t k = i; k < r; ++k) t->items[k] = pool->items[indices[k]];
        break;
      }
    }
    if (i < 0) {
      t->stopped = true;
      return 0;
    }
  }
  out = tuple_from(vm, t->items);
  return 1;
}

Value combinations_common(VM& vm, Tool tool, Value* args, int nargs, Tuple* kwnames) {
  const char* name = kToolNames[static_cast<size_t>(tool)];
  Value p[2];
  if (!parse_args(vm, name, args, nargs, kwnames, {"iterable", "r"}, 2, p, 2)) return Value::exception();
  int64_t r;
  if (!ssize_arg(vm, p[1], r)) return Value::exception();
  RootScope roots(vm);
  Value pool;
  if (!pool_and_r(vm, p[0], pool, r)) return Value::exception();
  roots.add(pool);
  int64_t n = static_cast<Tuple*>(pool.as_obj())->size;
  ToolObj* t = new_tool(vm, tool);
  t->a = pool;
  t->n = n;
  t->step = r;
  if (tool == Tool::Combinations) {
    t->indices.resize(r);
    for (int64_t i = 0; i < r; ++i) t->indices[i] = i;
    t->stopped = r > n;
  } else {
    t->indices.assign(r, 0);
    t->stopped = n == 0 && r > 0;
  }
  return Value::object(t);
}

Value combinations_new(VM& vm, Value* args, int nargs, Tuple* kw) {
  return combinations_common(vm, Tool::Combinations, args, nargs, kw);
}
Value cwr_new(VM& vm, Value* args, int nargs, Tuple* kw) {
  return combinations_common(vm, Tool::CombinationsWR, args, nargs, kw);
}

int combinations_next(VM& vm, ToolObj* t, Value& out) {
  if (t->stopped) return 0;
  Tuple* pool = pool_of(t);
  int64_t n = t->n, r = t->step;
  auto& indices = t->indices;
  if (!t->started) {
    t->started = true;
    t->items.resize(r);
    for (int64_t i = 0; i < r; ++i) t->items[i] = pool->items[indices[i]];
  } else {
    int64_t i = r - 1;
    while (i >= 0 && indices[i] == i + n - r) --i;
    if (i < 0) {
      t->stopped = true;
      return 0;
    }
    ++indices[i];
    for (int64_t j = i + 1; j < r; ++j) indices[j] = indices[j - 1] + 1;
    for (; i < r; ++i) t->items[i] = pool->items[indices[i]];
  }
  out = tuple_from(vm, t->items);
  return 1;
}

int cwr_next(VM& vm, ToolObj* t, Value& out) {
  if (t->stopped) return 0;
  Tuple* pool = pool_of(t);
  int64_t n = t->n, r = t->step;
  auto& indices = t->indices;
  if (!t->started) {
    t->started = true;
    t->items.assign(r, n > 0 ? pool->items[0] : Value::none());
  } else {
    int64_t i = r - 1;
    while (i >= 0 && indices[i] == n - 1) --i;
    if (i < 0) {
      t->stopped = true;
      return 0;
    }
    int64_t index = indices[i] + 1;
    for (; i < r; ++i) {
      indices[i] = index;
      t->items[i] = pool->items[index];
    }
  }
  out = tuple_from(vm, t->items);
  return 1;
}

// ---------------------------------------------------------------- the slots

int tool_next(VM& vm, Value self, Value& out) {
  if (!stack_ok(vm)) return -1;
  ToolObj* t = as_tool(self);
  switch (t->tool) {
    case Tool::Count: return count_next(vm, t, out);
    case Tool::Cycle: return cycle_next(vm, t, out);
    case Tool::Repeat: return repeat_next(vm, t, out);
    case Tool::Accumulate: return accumulate_next(vm, t, out);
    case Tool::Chain: return chain_next(vm, t, out);
    case Tool::Compress: return compress_next(vm, t, out);
    case Tool::DropWhile: return dropwhile_next(vm, t, out);
    case Tool::TakeWhile: return takewhile_next(vm, t, out);
    case Tool::FilterFalse: return filterfalse_next(vm, t, out);
    case Tool::GroupBy: return groupby_next(vm, t, out);
    case Tool::Grouper: return grouper_next(vm, t, out);
    case Tool::ISlice: return islice_next(vm, t, out);
    case Tool::StarMap: return starmap_next(vm, t, out);
    case Tool::Tee: return tee_next(vm, t, out);
    case Tool::ZipLongest: return zip_longest_next(vm, t, out);
    case Tool::Product: return product_next(vm, t, out);
    case Tool::Permutations: return permutations_next(vm, t, out);
    case Tool::Combinations: return combinations_next(vm, t, out);
    case Tool::CombinationsWR: return cwr_next(vm, t, out);
    case Tool::Pairwise: return pairwise_next(vm, t, out);
    case Tool::TeeData:
    case Tool::kCount: break;
  }
  vm.raise(vm.types.TypeError, "'_tee_dataobject' object is not an iterator");
  return -1;
}

Value tool_iter(VM&, Value self) { return self; }

Value tool_repr(VM& vm, Value self) {
  ToolObj* t = as_tool(self);
  if (t->tool == Tool::Count) return count_repr(vm, t);
  if (t->tool == Tool::Repeat) return repeat_repr(vm, t);
  return object_default_repr(vm, self);
}

// The receiver of a method of an itertools class.
bool tool_self(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* method) {
  if (!no_kwargs(vm, method, kwnames)) return false;
  if (nargs >= 1 && args[0].is_obj() && args[0].as_obj()->kind == ObjKind::Foreign &&
      static_cast<Foreign*>(args[0].as_obj())->cls == &kToolClass) {
    if (nargs == 1) return true;
    vm.raise_fmt(vm.types.TypeError, "expected 0 arguments, got %d", nargs - 1);
    return false;
  }
  vm.raise_fmt(vm.types.TypeError, "descriptor '%s' requires an itertools object", method);
  return false;
}

Value tool_dunder_next(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!tool_self(vm, args, nargs, kwnames, "__next__")) return Value::exception();
  Value out;
  int r = tool_next(vm, args[0], out);
  if (r < 0) return Value::exception();
  if (r == 0) return vm.raise_value(Value::object(vm.types.StopIteration));
  return out;
}

Value tool_dunder_iter(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!tool_self(vm, args, nargs, kwnames, "__iter__")) return Value::exception();
  return args[0];
}

Value repeat_length_hint(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!tool_self(vm, args, nargs, kwnames, "__length_hint__")) return Value::exception();
  ToolObj* t = as_tool(args[0]);
  if (t->n < 0) return vm.raise(vm.types.TypeError, "len() of unsized object");
  return vm.make_int(t->n);
}

constexpr NativeFn kConstructors[] = {
    count_new,    cycle_new,      repeat_new,      accumulate_new, chain_new,    compress_new,
    dropwhile_new, takewhile_new, filterfalse_new, groupby_new,    nullptr,      islice_new,
    starmap_new,  tee_type_new,   nullptr,         zip_longest_new, product_new, permutations_new,
    combinations_new, cwr_new,    pairwise_new,
};
static_assert(sizeof(kConstructors) / sizeof(kConstructors[0]) == kTools);

}  // namespace

Module* init_itertools_module(VM& vm) {
  RootScope roots(vm);
  Module* m = roots.add(vm.new_module(vm.intern("itertools")));
  auto st = std::make_unique<ItertoolsState>();
  ItertoolsState* s = st.get();
  vm.extensions["itertools"] = std::move(st);
  for (size_t i = 0; i < kTools; ++i) {
    Type* t = vm.new_type(kToolNames[i], vm.types.object, ObjKind::Foreign, kConstructors[i]);
    t->module = Value::object(vm.intern("itertools"));
    t->qualname = t->name;
    if (!kConstructors[i]) t->flags &= ~Type::kBaseType;
    t->slots.repr = tool_repr;
    if (static_cast<Tool>(i) != Tool::TeeData) {
      t->slots.iter = tool_iter;
      t->slots.next = tool_next;
      add_wrapper_method(vm, t, "__next__", tool_dunder_next);
      add_wrapper_method(vm, t, "__iter__", tool_dunder_iter);
    }
    inherit_slots(t);
    s->types[i] = t;
    if (kToolNames[i][0] != '_' || static_cast<Tool>(i) == Tool::Tee) {
      vm.set_global(m->dict, kToolNames[i], Value::object(t));
    }
  }
  Type* chain = s->types[static_cast<size_t>(Tool::Chain)];
  auto* from_iterable = vm.alloc<ClassMethod>(ObjKind::ClassMethod, vm.types.classmethod);
  NativeFunction* fi = vm.new_native("from_iterable", chain_from_iterable);
  fi->qualname = vm.intern("chain.from_iterable");
  from_iterable->func = Value::object(fi);
  vm.set_global(chain->dict, "from_iterable", Value::object(from_iterable));
  add_class_getitem(vm, chain);
  add_method(vm, s->types[static_cast<size_t>(Tool::Repeat)], "__length_hint__", repeat_length_hint);
  add_method(vm, s->types[static_cast<size_t>(Tool::Tee)], "__copy__", tee_copy);
  add_function(vm, m->dict, "tee", tee_function);
  vm.set_global(m->dict, "__doc__",
                vm.str_value("Functional tools for creating and using iterators."));
  return m;
}

}  // namespace coil::vm
