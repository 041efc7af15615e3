// The `datetime` module: timedelta, date, datetime and time (naive: no tzinfo),
// following CPython 3.11's Modules/_datetimemodule.c for normalisation,
// str/repr formats, arithmetic, comparisons and error messages.
//
// The clock is read through clock_now_ns() (stdlib/time_module.cpp), so a
// virtual clock also drives datetime.now(); local time comes from localtime_r.
// The three types live in the module's dict and are found through
// sys.modules (no per-process state).
#include <cmath>
#include <cstring>
#include <ctime>
#include <string>

#include "stdlib/stdlib.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

// ---------------------------------------------------------------- calendar

constexpr int kMaxYear = 9999;
constexpr int64_t kMaxOrdinal = 3652059;  // date(9999, 12, 31).toordinal()
constexpr int64_t kMaxDeltaDays = 999999999;
constexpr int64_t kUsPerSecond = 1000000;
constexpr int64_t kUsPerDay = 86400 * kUsPerSecond;

bool is_leap(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m];
}

int days_before_month(int y, int m) {
  static constexpr int kBefore[] = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  return kBefore[m] + (m > 2 && is_leap(y) ? 1 : 0);
}

int64_t days_before_year(int y) {
  int64_t p = y - 1;
  return p * 365 + p / 4 - p / 100 + p / 400;
}

int64_t ymd_to_ord(int y, int m, int d) { return days_before_year(y) + days_before_month(y, m) + d; }

// The inverse of ymd_to_ord, as datetime.py's _ord2ymd.
void ord_to_ymd(int64_t n, int& y, int& m, int& d) {
  n -= 1;
  int64_t n400 = n / 146097;
  n %= 146097;
  int64_t n100 = n / 36524;
  n %= 36524;
  int64_t n4 = n / 1461;
  n %= 1461;
  int64_t n1 = n / 365;
  n %= 365;
  y = static_cast<int>(n400 * 400 + 1 + n100 * 100 + n4 * 4 + n1);
  if (n1 == 4 || n100 == 4) {
    y -= 1;
    m = 12;
    d = 31;
    return;
  }
  m = static_cast<int>((n + 50) >> 5);
  int preceding = days_before_month(y, m);
  if (preceding > n) {
    m -= 1;
    preceding = days_before_month(y, m);
  }
  d = static_cast<int>(n - preceding + 1);
}

// ---------------------------------------------------------------- objects

struct DeltaObj : Foreign {
  int64_t days;     // |days| <= 999999999
  int32_t seconds;  // 0 <= seconds < 86400
  int32_t us;       // 0 <= us < 1000000
};

// date and datetime share a layout; a date's time fields are zero.
struct DateObj : Foreign {
  int32_t year, month, day;
  int32_t hour, minute, second, us;
};

constexpr ForeignClass kDeltaClass = {"timedelta", nullptr, nullptr};
constexpr ForeignClass kDateClass = {"date", nullptr, nullptr};
constexpr ForeignClass kDateTimeClass = {"datetime", nullptr, nullptr};
// datetime.time: a DateObj fixed at 1900-01-01 (what its strftime uses).
constexpr ForeignClass kTimeClass = {"time", nullptr, nullptr};

bool is_foreign(Value v, const ForeignClass* cls) {
  return v.is_obj() && v.as_obj()->kind == ObjKind::Foreign &&
         static_cast<Foreign*>(v.as_obj())->cls == cls;
}
bool is_delta(Value v) { return is_foreign(v, &kDeltaClass); }
bool is_datetime(Value v) { return is_foreign(v, &kDateTimeClass); }
// date or datetime
bool is_date(Value v) { return is_foreign(v, &kDateClass) || is_datetime(v); }
bool is_time(Value v) { return is_foreign(v, &kTimeClass); }
DeltaObj* as_delta(Value v) { return static_cast<DeltaObj*>(v.as_obj()); }
DateObj* as_date(Value v) { return static_cast<DateObj*>(v.as_obj()); }

struct DtTypes {
  Type* delta = nullptr;
  Type* date = nullptr;
  Type* datetime = nullptr;
};

Type* type_in(VM& vm, Dict* d, const char* name) {
  Value t = dict_get_str(d, vm.intern(name));
  return t.is_obj() && t.as_obj()->kind == ObjKind::Type ? static_cast<Type*>(t.as_obj()) : nullptr;
}

// The module's three types, through sys.modules; false (RuntimeError) when
// the module has been removed from it.
bool dt_types(VM& vm, DtTypes& out) {
  Value m = vm.modules ? dict_get_str(vm.modules, vm.intern("datetime")) : Value::null();
  if (m.is_obj() && m.as_obj()->kind == ObjKind::Module) {
    Dict* d = static_cast<Module*>(m.as_obj())->dict;
    out.delta = type_in(vm, d, "timedelta");
    out.date = type_in(vm, d, "date");
    out.datetime = type_in(vm, d, "datetime");
  }
  if (out.delta && out.date && out.datetime) return true;
  vm.raise(vm.types.RuntimeError, "the datetime module is no longer in sys.modules");
  return false;
}

// A type's name as CPython's tp_name gives it in messages: "datetime.date"
// for the built-in classes, the bare name for subclasses defined in Python.
std::string tp_name(VM&, Type* t) {
  std::string name(t->name->view());
  if (!(t->flags & Type::kHeapType) && is_str(t->module) && as_str(t->module)->view() != "builtins") {
    return std::string(as_str(t->module)->view()) + "." + name;
  }
  return name;
}

std::string tp_name_of(VM& vm, Value v) { return tp_name(vm, vm.type_of(v)); }

// Total microseconds (which may exceed int64) to a normalised timedelta.
Value new_delta(VM& vm, Type* type, __int128 total_us) {
  __int128 days = total_us / kUsPerDay;
  __int128 rest = total_us % kUsPerDay;
  if (rest < 0) {
    rest += kUsPerDay;
    days -= 1;
  }
  if (days > kMaxDeltaDays || days < -kMaxDeltaDays) {
    return vm.raise_fmt(vm.types.OverflowError, "days=%lld; must have magnitude <= %lld",
                        static_cast<long long>(days), static_cast<long long>(kMaxDeltaDays));
  }
  auto* d = vm.alloc<DeltaObj>(ObjKind::Foreign, type);
  d->cls = &kDeltaClass;
  d->days = static_cast<int64_t>(days);
  d->seconds = static_cast<int32_t>(rest / kUsPerSecond);
  d->us = static_cast<int32_t>(rest % kUsPerSecond);
  return Value::object(d);
}

__int128 delta_us(const DeltaObj* d) {
  return static_cast<__int128>(d->days) * kUsPerDay + static_cast<__int128>(d->seconds) * kUsPerSecond + d->us;
}

Value new_date_obj(VM& vm, Type* type, const ForeignClass* cls, int y, int m, int d, int hh = 0,
                   int mi = 0, int ss = 0, int us = 0) {
  auto* o = vm.alloc<DateObj>(ObjKind::Foreign, type);
  o->cls = cls;
  o->year = y;
  o->month = m;
  o->day = d;
  o->hour = hh;
  o->minute = mi;
  o->second = ss;
  o->us = us;
  return Value::object(o);
}

Value new_date(VM& vm, int y, int m, int d) {
  DtTypes t;
  if (!dt_types(vm, t)) return Value::exception();
  return new_date_obj(vm, t.date, &kDateClass, y, m, d);
}

Value new_datetime(VM& vm, Type* type, int y, int m, int d, int hh, int mi, int ss, int us) {
  if (!type) {
    DtTypes t;
    if (!dt_types(vm, t)) return Value::exception();
    type = t.datetime;
  }
  return new_date_obj(vm, type, &kDateTimeClass, y, m, d, hh, mi, ss, us);
}

// A datetime as microseconds since 0001-01-01 (ordinal 1) at midnight.
__int128 datetime_us(const DateObj* o) {
  int64_t secs = (ymd_to_ord(o->year, o->month, o->day) - 1) * 86400 + o->hour * 3600 + o->minute * 60 + o->second;
  return static_cast<__int128>(secs) * kUsPerSecond + o->us;
}

Value datetime_from_us(VM& vm, Type* type, __int128 total) {
  if (total < 0 || total >= static_cast<__int128>(kMaxOrdinal) * kUsPerDay) {
    return vm.raise(vm.types.OverflowError, "date value out of range");
  }
  int64_t days = static_cast<int64_t>(total / kUsPerDay);
  int64_t rest = static_cast<int64_t>(total % kUsPerDay);
  int y, m, d;
  ord_to_ymd(days + 1, y, m, d);
  int64_t secs = rest / kUsPerSecond;
  return new_datetime(vm, type, y, m, d, static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60),
                      static_cast<int>(secs % 60), static_cast<int>(rest % kUsPerSecond));
}

// ---------------------------------------------------------------- arguments

// PyArg_ParseTupleAndKeywords' checks and messages: "function missing
// required argument 'month' (pos 2)", "'x' is an invalid keyword argument
// for this function", "function takes at most 3 arguments (4 given)".
bool c_args(VM& vm, const char* fname, Value* args, int nargs, Tuple* kwnames,
            std::initializer_list<const char*> names, int required, Value* out) {
  int n = static_cast<int>(names.size());
  int nkw = kwnames ? static_cast<int>(kwnames->size) : 0;
  std::string who = fname ? std::string(fname) + "()" : "this function";
  std::string fn = fname ? std::string(fname) + "()" : "function";
  if (nargs + nkw > n) {
    vm.raise_fmt(vm.types.TypeError, "%s takes at most %d argument%s (%d given)", fn.c_str(), n,
                 n == 1 ? "" : "s", nargs + nkw);
    return false;
  }
  for (int i = 0; i < n; ++i) out[i] = i < nargs ? args[i] : Value::null();
  for (int k = 0; k < nkw; ++k) {
    Str* key = as_str(kwnames->items[k]);
    int found = -1, i = 0;
    for (const char* name : names) {
      if (key->view() == name) found = i;
      ++i;
    }
    if (found < 0) {
      vm.raise_fmt(vm.types.TypeError, "'%s' is an invalid keyword argument for %s", key->data, who.c_str());
      return false;
    }
    if (!out[found].is_null()) {
      vm.raise_fmt(vm.types.TypeError, "argument for %s given by name ('%s') and position (%d)",
                   fn.c_str(), key->data, found + 1);
      return false;
    }
    out[found] = args[nargs + k];
  }
  int i = 0;
  for (const char* name : names) {
    if (i < required && out[i].is_null()) {
      vm.raise_fmt(vm.types.TypeError, "%s missing required argument '%s' (pos %d)", fn.c_str(), name, i + 1);
      return false;
    }
    ++i;
  }
  return true;
}

// An "i" argument: an int (not a float) that fits a C int.
bool int_arg(VM& vm, Value v, int dflt, int& out) {
  if (v.is_null()) {
    out = dflt;
    return true;
  }
  if (v.is_double()) {
    vm.raise(vm.types.TypeError, "'float' object cannot be interpreted as an integer");
    return false;
  }
  Value i = index_to_int(vm, v);
  int64_t x;
  if (i.is_exception() || !vm.index_value(i, x)) return false;
  if (x > INT32_MAX || x < INT32_MIN) {
    vm.raise(vm.types.OverflowError, x > 0 ? "signed integer is greater than maximum"
                                           : "signed integer is less than minimum");
    return false;
  }
  out = static_cast<int>(x);
  return true;
}

bool check_date_fields(VM& vm, int y, int m, int d) {
  if (y < 1 || y > kMaxYear) {
    vm.raise_fmt(vm.types.ValueError, "year %d is out of range", y);
    return false;
  }
  if (m < 1 || m > 12) {
    vm.raise(vm.types.ValueError, "month must be in 1..12");
    return false;
  }
  if (d < 1 || d > days_in_month(y, m)) {
    vm.raise(vm.types.ValueError, "day is out of range for month");
    return false;
  }
  return true;
}

bool check_time_fields(VM& vm, int hh, int mi, int ss, int us) {
  const char* bad = hh < 0 || hh > 23       ? "hour must be in 0..23"
                    : mi < 0 || mi > 59     ? "minute must be in 0..59"
                    : ss < 0 || ss > 59     ? "second must be in 0..59"
                    : us < 0 || us > 999999 ? "microsecond must be in 0..999999"
                                            : nullptr;
  if (bad) vm.raise(vm.types.ValueError, bad);
  return !bad;
}

bool tzinfo_arg(VM& vm, Value tz) {
  if (tz.is_null() || tz.is_none()) return true;
  vm.raise_fmt(vm.types.TypeError, "tzinfo argument must be None or of a tzinfo subclass, not type '%s'",
               vm.type_of(tz)->name->data);
  return false;
}

// The receiver of a method, or null with TypeError pending.
template <class T>
T* self_arg(VM& vm, Value* args, int nargs, bool (*check)(Value), const char* what, const char* method) {
  if (nargs < 1 || !check(args[0])) {
    vm.raise_fmt(vm.types.TypeError, "descriptor '%s' requires a 'datetime.%s' object", method, what);
    return nullptr;
  }
  return static_cast<T*>(args[0].as_obj());
}

bool no_args(VM& vm, const char* method, int nargs, Tuple* kwnames) {
  return no_kwargs(vm, method, kwnames) && check_nargs(vm, method, nargs - 1, 0, 0);
}

// Raised by the arithmetic and comparison slots themselves, so that the
// types read "datetime.timedelta" as in CPython's messages.
Value unsupported(VM& vm, const char* op, Value a, Value b) {
  return vm.raise_fmt(vm.types.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op,
                      tp_name_of(vm, a).c_str(), tp_name_of(vm, b).c_str());
}

// True when `other` cannot take part in the operation through a method of
// its own (a built-in type that is not ours): the slot then raises the
// error itself instead of returning NotImplemented.
bool foreign_builtin(VM& vm, Value other) {
  if (is_delta(other) || is_date(other)) return false;
  return !(vm.type_of(other)->flags & Type::kHeapType);
}

const char* op_symbol(BinaryOp op, bool inplace) {
  static constexpr const char* kSym[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
  static constexpr const char* kInplace[] = {"+=", "-=", "*=", "@=", "/=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=", "//="};
  return inplace ? kInplace[static_cast<int>(op)] : kSym[static_cast<int>(op)];
}

Value compare_ints(const int64_t* a, const int64_t* b, int n, CompareOp op) {
  int c = 0;
  for (int i = 0; i < n && c == 0; ++i) c = (a[i] > b[i]) - (a[i] < b[i]);
  switch (op) {
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Eq: return Value::boolean(c == 0);
    case CompareOp::Ne: return Value::boolean(c != 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    case CompareOp::Ge: return Value::boolean(c >= 0);
  }
  return Value::boolean(false);
}

Value compare_unsupported(VM& vm, Value a, Value b, CompareOp op) {
  if (op == CompareOp::Eq || op == CompareOp::Ne) return vm.not_implemented;
  if (!foreign_builtin(vm, a) && !foreign_builtin(vm, b)) return vm.not_implemented;
  static constexpr const char* kSym[] = {"<", "<=", "==", "!=", ">", ">="};
  return vm.raise_fmt(vm.types.TypeError, "'%s' not supported between instances of '%s' and '%s'",
                      kSym[static_cast<int>(op)], tp_name_of(vm, a).c_str(), tp_name_of(vm, b).c_str());
}

bool hash_fields(VM& vm, std::initializer_list<int64_t> fields, int64_t& out) {
  RootScope roots(vm);
  Tuple* t = roots.add(vm.new_tuple(static_cast<uint32_t>(fields.size())));
  uint32_t i = 0;
  for (int64_t f : fields) t->items[i++] = vm.make_int(f);
  return vm.hash(Value::object(t), out);
}

// ---------------------------------------------------------------- timedelta

// Adds num * factor to the running total, as CPython's accum(): ints
// exactly, floats with their fraction collected in `leftover`.
bool accum(VM& vm, const char* tag, Value num, int64_t factor, __int128& total, double& leftover) {
  if (num.is_null()) return true;
  if (num.is_int() || num.is_bool() || (num.is_obj() && num.as_obj()->kind == ObjKind::BigInt)) {
    Value i = index_to_int(vm, num);
    int64_t x;
    if (i.is_exception() || !vm.index_value(i, x)) {
      vm.take_pending();
      vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
      return false;
    }
    total += static_cast<__int128>(x) * factor;
    return true;
  }
  if (num.is_double()) {
    double d = num.as_double();
    if (!std::isfinite(d) || std::fabs(d) * static_cast<double>(factor) > 1e20) {
      vm.raise(vm.types.OverflowError, std::isnan(d) ? "cannot convert float NaN to integer"
                                                     : "cannot convert float infinity to integer");
      if (std::isfinite(d)) {
        vm.take_pending();
        vm.raise_fmt(vm.types.OverflowError, "days=%.0f; must have magnitude <= 999999999",
                     d * static_cast<double>(factor) / 86400e6);
      }
      return false;
    }
    double intpart;
    double frac = std::modf(d, &intpart);
    total += static_cast<__int128>(intpart) * factor;
    if (frac == 0.0) return true;
    frac = std::modf(static_cast<double>(factor) * frac, &intpart);
    total += static_cast<__int128>(intpart);
    leftover += frac;
    return true;
  }
  vm.raise_fmt(vm.types.TypeError, "unsupported type for timedelta %s component: %s", tag,
               vm.type_of(num)->name->data);
  return false;
}

Value delta_from_args(VM& vm, Type* type, Value* a) {
  static constexpr const char* kTags[] = {"days", "seconds", "microseconds", "milliseconds",
                                          "minutes", "hours", "weeks"};
  static constexpr int64_t kFactor[] = {kUsPerDay, kUsPerSecond, 1, 1000, 60 * kUsPerSecond,
                                        3600 * kUsPerSecond, 7 * kUsPerDay};
  // CPython accumulates in this order: us, ms, seconds, minutes, hours, days, weeks.
  static constexpr int kOrder[] = {2, 3, 1, 4, 5, 0, 6};
  __int128 total = 0;
  double leftover = 0.0;
  for (int k : kOrder) {
    if (!accum(vm, kTags[k], a[k], kFactor[k], total, leftover)) return Value::exception();
  }
  if (leftover != 0.0) {
    // Round the float leftovers half to even, taking the parity of the total.
    double whole = std::round(leftover);
    if (std::fabs(whole - leftover) == 0.5) {
      int odd = static_cast<int>(total & 1);
      whole = 2.0 * std::round((leftover + odd) * 0.5) - odd;
    }
    total += static_cast<__int128>(whole);
  }
  return new_delta(vm, type, total);
}

Value delta_constructor(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[7];
  if (!c_args(vm, "__new__", args, nargs, kwnames,
              {"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"}, 0, a)) {
    return Value::exception();
  }
  DtTypes t;
  if (!dt_types(vm, t)) return Value::exception();
  return delta_from_args(vm, t.delta, a);
}

Value make_delta(VM& vm, __int128 us) {
  DtTypes t;
  if (!dt_types(vm, t)) return Value::exception();
  return new_delta(vm, t.delta, us);
}

Value delta_repr(VM& vm, Value self) {
  DeltaObj* d = as_delta(self);
  std::string s = tp_name_of(vm, self) + "(";
  std::string args;
  auto add = [&](const char* name, int64_t v) {
    if (v == 0) return;
    if (!args.empty()) args += ", ";
    args += std::string(name) + "=" + std::to_string(v);
  };
  add("days", d->days);
  add("seconds", d->seconds);
  add("microseconds", d->us);
  return vm.str_value(s + (args.empty() ? "0" : args) + ")");
}

Value delta_str(VM& vm, Value self) {
  DeltaObj* d = as_delta(self);
  char buf[80];
  int n = 0;
  if (d->days) {
    n = std::snprintf(buf, sizeof buf, "%lld day%s, ", static_cast<long long>(d->days),
                      d->days == 1 || d->days == -1 ? "" : "s");
  }
  n += std::snprintf(buf + n, sizeof buf - n, "%d:%02d:%02d", d->seconds / 3600, d->seconds / 60 % 60,
                     d->seconds % 60);
  if (d->us) std::snprintf(buf + n, sizeof buf - n, ".%06d", d->us);
  return vm.str_value(buf);
}

Value delta_getattr(VM& vm, Value self, Str* name) {
  DeltaObj* d = as_delta(self);
  std::string_view n = name->view();
  if (n == "days") return vm.make_int(d->days);
  if (n == "seconds") return Value::small_int(d->seconds);
  if (n == "microseconds") return Value::small_int(d->us);
  return generic_getattr(vm, self, name, true);
}

int delta_setattr(VM& vm, Value self, Str* name, Value) {
  std::string_view n = name->view();
  if (n == "days" || n == "seconds" || n == "microseconds") {
    vm.raise_fmt(vm.types.AttributeError, "readonly attribute");
  } else {
    vm.raise_fmt(vm.types.AttributeError, "'%s' object has no attribute '%s'",
                 tp_name_of(vm, self).c_str(), name->data);
  }
  return -1;
}

// Rounds n / d to the nearest int, halves to even (CPython's divide_nearest).
__int128 divide_nearest(__int128 n, __int128 d) {
  __int128 q = n / d, r = n % d;
  if (r != 0 && ((r < 0) != (d < 0))) {
    q -= 1;
    r += d;
  }
  // Now 0 <= r < |d| with the sign of d.
  __int128 twice = 2 * r;
  __int128 ad = d < 0 ? -d : d;
  __int128 ar = twice < 0 ? -twice : twice;
  if (ar > ad || (ar == ad && (q & 1))) q += 1;
  return q;
}

__int128 floor_div128(__int128 a, __int128 b) {
  __int128 q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

Value zero_division(VM& vm) { return vm.raise(vm.types.ZeroDivisionError, "integer division or modulo by zero"); }

// timedelta * float: exact, via the float's integer ratio, rounded half to even.
Value delta_times_float(VM& vm, __int128 us, double f, bool divide) {
  if (!std::isfinite(f)) {
    return vm.raise(std::isnan(f) ? vm.types.ValueError : vm.types.OverflowError,
                    std::isnan(f) ? "cannot convert NaN to integer ratio"
                                  : "cannot convert Infinity to integer ratio");
  }
  int exp;
  double mant = std::frexp(f, &exp);
  // f = m * 2**(exp - 53) with m an integer.
  __int128 m = static_cast<__int128>(std::ldexp(mant, 53));
  int shift = exp - 53;
  __int128 num = m, den = 1;
  while (shift < 0 && (num & 1) == 0 && num != 0) {
    num >>= 1;
    ++shift;
  }
  if (num == 0) shift = 0;
  if (shift >= 0) {
    if (shift > 60) return vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
    num <<= shift;
  } else {
    if (-shift > 100) return divide ? zero_division(vm) : make_delta(vm, 0);
    den = static_cast<__int128>(1) << -shift;
  }
  if (divide) std::swap(num, den);
  if (den == 0) return vm.raise(vm.types.ZeroDivisionError, "division by zero");
  if (den < 0) {
    num = -num;
    den = -den;
  }
  // us * num / den; guard the product against overflow (results beyond the
  // timedelta range are OverflowErrors anyway).
  long double approx = static_cast<long double>(us) * static_cast<long double>(num);
  if (std::fabs(approx) > 1e36L) {
    return vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
  }
  return make_delta(vm, divide_nearest(us * num, den));
}

Value delta_binary(VM& vm, Value a, Value b, BinaryOp op, bool inplace) {
  bool da = is_delta(a), db = is_delta(b);
  if (da && db) {
    __int128 x = delta_us(as_delta(a)), y = delta_us(as_delta(b));
    switch (op) {
      case BinaryOp::Add: return make_delta(vm, x + y);
      case BinaryOp::Sub: return make_delta(vm, x - y);
      case BinaryOp::TrueDiv:
        if (y == 0) return vm.raise(vm.types.ZeroDivisionError, "division by zero");
        return Value::from_double(static_cast<double>(static_cast<long double>(x) / static_cast<long double>(y)));
      case BinaryOp::FloorDiv:
        if (y == 0) return zero_division(vm);
        return vm.make_int(static_cast<int64_t>(floor_div128(x, y)));
      case BinaryOp::Mod:
        if (y == 0) return zero_division(vm);
        return make_delta(vm, x - floor_div128(x, y) * y);
      default: break;
    }
  } else if (da || db) {
    Value other = da ? b : a;
    __int128 x = delta_us(as_delta(da ? a : b));
    bool is_int = other.is_int() || other.is_bool() || (other.is_obj() && other.as_obj()->kind == ObjKind::BigInt);
    if (op == BinaryOp::Mul && (is_int || other.is_double())) {
      if (other.is_double()) return delta_times_float(vm, x, other.as_double(), false);
      int64_t n;
      Value i = index_to_int(vm, other);
      if (i.is_exception() || !vm.index_value(i, n)) return Value::exception();
      if (n != 0 && (x > static_cast<__int128>(1) << 80 || x < -(static_cast<__int128>(1) << 80) ||
                     n > (int64_t(1) << 40) || n < -(int64_t(1) << 40))) {
        return make_delta(vm, static_cast<__int128>(1) << 100);  // OverflowError
      }
      return make_delta(vm, x * n);
    }
    if (da && (op == BinaryOp::TrueDiv || op == BinaryOp::FloorDiv) && (is_int || other.is_double())) {
      if (other.is_double()) {
        if (op == BinaryOp::TrueDiv) return delta_times_float(vm, x, other.as_double(), true);
      } else {
        int64_t n;
        Value i = index_to_int(vm, other);
        if (i.is_exception() || !vm.index_value(i, n)) return Value::exception();
        if (n == 0) return zero_division(vm);
        return make_delta(vm, op == BinaryOp::TrueDiv ? divide_nearest(x, n) : floor_div128(x, n));
      }
    }
    if (db && op == BinaryOp::Add && is_date(a)) return vm.not_implemented;  // date's slot handles it
    // Sequences repeat themselves: let them report "can't multiply sequence".
    if (op == BinaryOp::Mul && other.is_obj() &&
        (is_str(other) || other.as_obj()->kind == ObjKind::List ||
         other.as_obj()->kind == ObjKind::Tuple || other.as_obj()->kind == ObjKind::Bytes)) {
      return vm.not_implemented;
    }
    if (foreign_builtin(vm, other)) return unsupported(vm, op_symbol(op, inplace), a, b);
    return vm.not_implemented;
  }
  return vm.not_implemented;
}

Value delta_negative(VM& vm, Value self) { return make_delta(vm, -delta_us(as_delta(self))); }
Value delta_positive(VM& vm, Value self) { return make_delta(vm, delta_us(as_delta(self))); }

int delta_truthy(VM&, Value self) {
  DeltaObj* d = as_delta(self);
  return d->days != 0 || d->seconds != 0 || d->us != 0;
}

Value delta_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (is_delta(a) && is_delta(b)) {
    int64_t x[3] = {as_delta(a)->days, as_delta(a)->seconds, as_delta(a)->us};
    int64_t y[3] = {as_delta(b)->days, as_delta(b)->seconds, as_delta(b)->us};
    return compare_ints(x, y, 3, op);
  }
  return compare_unsupported(vm, a, b, op);
}

bool delta_hash(VM& vm, Value self, int64_t& out) {
  DeltaObj* d = as_delta(self);
  return hash_fields(vm, {d->days, d->seconds, d->us}, out);
}

Value timedelta_total_seconds(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* d = self_arg<DeltaObj>(vm, args, nargs, is_delta, "timedelta", "total_seconds");
  if (!d || !no_args(vm, "total_seconds", nargs, kwnames)) return Value::exception();
  // us / 10**6 as int true division: exact operands, one rounding.
  return Value::from_double(static_cast<double>(static_cast<long double>(delta_us(d)) / 1e6L));
}

Value timedelta_abs(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* d = self_arg<DeltaObj>(vm, args, nargs, is_delta, "timedelta", "__abs__");
  if (!d || !no_args(vm, "__abs__", nargs, kwnames)) return Value::exception();
  __int128 us = delta_us(d);
  return make_delta(vm, us < 0 ? -us : us);
}

Value timedelta_divmod(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* d = self_arg<DeltaObj>(vm, args, nargs, is_delta, "timedelta", "__divmod__");
  if (!d || !no_kwargs(vm, "__divmod__", kwnames) || !check_nargs(vm, "__divmod__", nargs - 1, 1, 1)) {
    return Value::exception();
  }
  if (!is_delta(args[1])) return vm.not_implemented;
  __int128 x = delta_us(d), y = delta_us(as_delta(args[1]));
  if (y == 0) return zero_division(vm);
  __int128 q = floor_div128(x, y);
  RootScope roots(vm);
  Value r = roots.add(make_delta(vm, x - q * y));
  if (r.is_exception()) return r;
  return Value::object(vm.tuple_of({vm.make_int(static_cast<int64_t>(q)), r}));
}

// ---------------------------------------------------------------- date

int weekday_of(const DateObj* o) { return static_cast<int>((ymd_to_ord(o->year, o->month, o->day) + 6) % 7); }

Value date_constructor(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[3];
  if (!c_args(vm, nullptr, args, nargs, kwnames, {"year", "month", "day"}, 3, a)) return Value::exception();
  int y, m, d;
  if (!int_arg(vm, a[0], 0, y) || !int_arg(vm, a[1], 0, m) || !int_arg(vm, a[2], 0, d)) return Value::exception();
  if (!check_date_fields(vm, y, m, d)) return Value::exception();
  return new_date(vm, y, m, d);
}

std::string format_date(const DateObj* o) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", o->year, o->month, o->day);
  return buf;
}

std::string format_time(const DateObj* o, const char* timespec) {
  char buf[48];
  std::string spec(timespec);
  if (spec == "auto") spec = o->us ? "microseconds" : "seconds";
  if (spec == "hours") {
    std::snprintf(buf, sizeof buf, "%02d", o->hour);
  } else if (spec == "minutes") {
    std::snprintf(buf, sizeof buf, "%02d:%02d", o->hour, o->minute);
  } else if (spec == "seconds") {
    std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", o->hour, o->minute, o->second);
  } else if (spec == "milliseconds") {
    std::snprintf(buf, sizeof buf, "%02d:%02d:%02d.%03d", o->hour, o->minute, o->second, o->us / 1000);
  } else if (spec == "microseconds") {
    std::snprintf(buf, sizeof buf, "%02d:%02d:%02d.%06d", o->hour, o->minute, o->second, o->us);
  } else {
    return "";
  }
  return buf;
}

Value date_repr(VM& vm, Value self) {
  DateObj* o = as_date(self);
  char buf[96];
  if (is_datetime(self)) {
    int n = std::snprintf(buf, sizeof buf, "(%d, %d, %d, %d, %d", o->year, o->month, o->day, o->hour, o->minute);
    if (o->second || o->us) n += std::snprintf(buf + n, sizeof buf - n, ", %d", o->second);
    if (o->us) n += std::snprintf(buf + n, sizeof buf - n, ", %d", o->us);
    std::snprintf(buf + n, sizeof buf - n, ")");
  } else {
    std::snprintf(buf, sizeof buf, "(%d, %d, %d)", o->year, o->month, o->day);
  }
  return vm.str_value(tp_name_of(vm, self) + buf);
}

Value date_str(VM& vm, Value self) {
  DateObj* o = as_date(self);
  if (is_datetime(self)) return vm.str_value(format_date(o) + " " + format_time(o, "auto"));
  return vm.str_value(format_date(o));
}

Value date_getattr(VM& vm, Value self, Str* name) {
  DateObj* o = as_date(self);
  std::string_view n = name->view();
  if (n == "year") return Value::small_int(o->year);
  if (n == "month") return Value::small_int(o->month);
  if (n == "day") return Value::small_int(o->day);
  if (is_datetime(self)) {
    if (n == "hour") return Value::small_int(o->hour);
    if (n == "minute") return Value::small_int(o->minute);
    if (n == "second") return Value::small_int(o->second);
    if (n == "microsecond") return Value::small_int(o->us);
    if (n == "tzinfo") return Value::none();
    if (n == "fold") return Value::small_int(0);
  }
  return generic_getattr(vm, self, name, true);
}

int date_setattr(VM& vm, Value self, Str* name, Value) {
  static constexpr const char* kFields[] = {"year", "month", "day", "hour", "minute", "second",
                                            "microsecond", "tzinfo", "fold"};
  for (int i = 0; i < 9; ++i) {
    if (name->view() == kFields[i] && (i < 3 || is_datetime(self))) {
      // The descriptor belongs to the class that defines the field.
      vm.raise_fmt(vm.types.AttributeError, "attribute '%s' of '%s' objects is not writable", kFields[i],
                   i < 3 ? "datetime.date" : "datetime.datetime");
      return -1;
    }
  }
  vm.raise_fmt(vm.types.AttributeError, "'%s' object has no attribute '%s'", tp_name_of(vm, self).c_str(),
               name->data);
  return -1;
}

Value date_plus_days(VM& vm, Value self, int64_t days) {
  DateObj* o = as_date(self);
  int64_t ord = ymd_to_ord(o->year, o->month, o->day) + days;
  if (ord < 1 || ord > kMaxOrdinal) return vm.raise(vm.types.OverflowError, "date value out of range");
  int y, m, d;
  ord_to_ymd(ord, y, m, d);
  return new_date(vm, y, m, d);
}

Value date_binary(VM& vm, Value a, Value b, BinaryOp op, bool inplace) {
  bool add = op == BinaryOp::Add, sub = op == BinaryOp::Sub;
  // datetime +/- timedelta, timedelta + datetime
  if ((add || sub) && is_datetime(a) && is_delta(b)) {
    __int128 d = delta_us(as_delta(b));
    return datetime_from_us(vm, nullptr, datetime_us(as_date(a)) + (add ? d : -d));
  }
  if (add && is_delta(a) && is_datetime(b)) return datetime_from_us(vm, nullptr, datetime_us(as_date(b)) + delta_us(as_delta(a)));
  if (sub && is_datetime(a) && is_datetime(b)) return make_delta(vm, datetime_us(as_date(a)) - datetime_us(as_date(b)));
  // date +/- timedelta uses whole days only, as CPython does.
  if ((add || sub) && is_date(a) && !is_datetime(a) && is_delta(b)) {
    return date_plus_days(vm, a, add ? as_delta(b)->days : -as_delta(b)->days);
  }
  if (add && is_delta(a) && is_date(b) && !is_datetime(b)) return date_plus_days(vm, b, as_delta(a)->days);
  if (sub && is_date(a) && is_date(b) && !is_datetime(a) && !is_datetime(b)) {
    DateObj *x = as_date(a), *y = as_date(b);
    return make_delta(vm, static_cast<__int128>(ymd_to_ord(x->year, x->month, x->day) -
                                                ymd_to_ord(y->year, y->month, y->day)) * kUsPerDay);
  }
  Value other = is_date(a) ? b : a;
  if (is_date(other) || is_delta(other) || foreign_builtin(vm, other)) {
    return unsupported(vm, op_symbol(op, inplace), a, b);
  }
  return vm.not_implemented;
}

Value date_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (is_date(a) && is_date(b)) {
    if (is_datetime(a) != is_datetime(b)) {
      if (op == CompareOp::Eq) return Value::boolean(false);
      if (op == CompareOp::Ne) return Value::boolean(true);
      Value dt = is_datetime(a) ? a : b, d = is_datetime(a) ? b : a;
      return vm.raise_fmt(vm.types.TypeError, "can't compare %s to %s", tp_name_of(vm, dt).c_str(),
                          tp_name_of(vm, d).c_str());
    }
    DateObj *x = as_date(a), *y = as_date(b);
    int64_t p[7] = {x->year, x->month, x->day, x->hour, x->minute, x->second, x->us};
    int64_t q[7] = {y->year, y->month, y->day, y->hour, y->minute, y->second, y->us};
    return compare_ints(p, q, 7, op);
  }
  return compare_unsupported(vm, a, b, op);
}

bool date_hash(VM& vm, Value self, int64_t& out) {
  DateObj* o = as_date(self);
  if (!is_datetime(self)) return hash_fields(vm, {o->year, o->month, o->day}, out);
  return hash_fields(vm, {o->year, o->month, o->day, o->hour, o->minute, o->second, o->us}, out);
}

// strftime: %f, %z and %Z are expanded here (CPython's wrap_strftime), the
// rest by the C library on the equivalent struct tm.
Value strftime_impl(VM& vm, const DateObj* o, Value fmtv) {
  if (!is_str(fmtv)) {
    return vm.raise_fmt(vm.types.TypeError, "strftime() argument 1 must be str, not %s",
                        vm.type_of(fmtv)->name->data);
  }
  std::string_view in = as_str(fmtv)->view();
  std::string fmt;
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '%' || i + 1 >= in.size()) {
      fmt += in[i];
      continue;
    }
    char c = in[++i];
    if (c == 'f') {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%06d", o->us);
      fmt += buf;
    } else if (c == 'z' || c == 'Z') {
      // naive: empty
    } else {
      fmt += '%';
      fmt += c;
    }
  }
  if (fmt.empty()) return vm.str_value("");
  tm t{};
  t.tm_year = o->year - 1900;
  t.tm_mon = o->month - 1;
  t.tm_mday = o->day;
  t.tm_hour = o->hour;
  t.tm_min = o->minute;
  t.tm_sec = o->second;
  t.tm_wday = (weekday_of(o) + 1) % 7;
  t.tm_yday = days_before_month(o->year, o->month) + o->day - 1;
  t.tm_isdst = -1;
  for (size_t size = 256; size <= 256 * 1024; size *= 4) {
    std::string buf(size, '\0');
    size_t n = std::strftime(buf.data(), size, fmt.c_str(), &t);
    if (n > 0) return vm.str_value(std::string_view(buf.data(), n));
  }
  return vm.str_value("");
}

Value date_strftime(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_date, "date", "strftime");
  Value a[1];
  if (!o || !c_args(vm, "strftime", args + 1, nargs - 1, kwnames, {"format"}, 1, a)) return Value::exception();
  return strftime_impl(vm, o, a[0]);
}

Value date_format(VM& vm, Value self, Str* spec) {
  if (spec->size == 0) return vm.str(self);
  return strftime_impl(vm, as_date(self), Value::object(spec));
}

Value date___format__(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_date, "date", "__format__");
  if (!o || !no_kwargs(vm, "__format__", kwnames) || !check_nargs(vm, "__format__", nargs - 1, 1, 1)) {
    return Value::exception();
  }
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.types.TypeError, "__format__() argument 1 must be str, not %s",
                        vm.type_of(args[1])->name->data);
  }
  return date_format(vm, args[0], as_str(args[1]));
}

Value date_isoformat(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_date, "date", "isoformat");
  if (!o) return Value::exception();
  if (!is_datetime(args[0])) {
    if (!no_args(vm, "isoformat", nargs, kwnames)) return Value::exception();
    return vm.str_value(format_date(o));
  }
  Value a[2];
  if (!c_args(vm, nullptr, args + 1, nargs - 1, kwnames, {"sep", "timespec"}, 0, a)) return Value::exception();
  std::string sep = "T";
  if (!a[0].is_null()) {
    if (!is_str(a[0]) || as_str(a[0])->length != 1) {
      return vm.raise_fmt(vm.types.TypeError, "isoformat() argument 1 must be a unicode character, not %s",
                          vm.type_of(a[0])->name->data);
    }
    sep = std::string(as_str(a[0])->view());
  }
  const char* spec = "auto";
  std::string specs;
  if (!a[1].is_null()) {
    if (!is_str(a[1])) {
      return vm.raise_fmt(vm.types.TypeError, "isoformat() argument 2 must be str, not %s",
                          vm.type_of(a[1])->name->data);
    }
    specs = std::string(as_str(a[1])->view());
    spec = specs.c_str();
  }
  std::string time = format_time(o, spec);
  if (time.empty()) return vm.raise(vm.types.ValueError, "Unknown timespec value");
  return vm.str_value(format_date(o) + sep + time);
}

Value date_weekday(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_date, "date", "weekday");
  if (!o || !no_args(vm, "weekday", nargs, kwnames)) return Value::exception();
  return Value::small_int(weekday_of(o));
}

Value date_isoweekday(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_date, "date", "isoweekday");
  if (!o || !no_args(vm, "isoweekday", nargs, kwnames)) return Value::exception();
  return Value::small_int(weekday_of(o) + 1);
}

Value date_toordinal(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_date, "date", "toordinal");
  if (!o || !no_args(vm, "toordinal", nargs, kwnames)) return Value::exception();
  return vm.make_int(ymd_to_ord(o->year, o->month, o->day));
}

// The ordinal of the Monday that starts ISO week 1 of `year` (the week
// holding the year's first Thursday).
int64_t iso_week1_monday(int year) {
  int64_t first = ymd_to_ord(year, 1, 1);
  int64_t first_weekday = (first + 6) % 7;  // 0 = Monday
  int64_t monday = first - first_weekday;
  return first_weekday > 3 ? monday + 7 : monday;
}

Value date_isocalendar(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_date, "date", "isocalendar");
  if (!o || !no_args(vm, "isocalendar", nargs, kwnames)) return Value::exception();
  int year = o->year;
  int64_t today = ymd_to_ord(o->year, o->month, o->day);
  int64_t monday = iso_week1_monday(year);
  int64_t week = (today - monday) >= 0 ? (today - monday) / 7 : -1;
  if (week < 0) {
    monday = iso_week1_monday(--year);
  } else if (week >= 52 && today >= iso_week1_monday(year + 1)) {
    monday = iso_week1_monday(++year);
  }
  week = (today - monday) / 7;
  int64_t day = (today - monday) % 7;
  Value iso = dict_get_str(static_cast<Module*>(vm.import_module(vm.intern("datetime")).as_obj())->dict,
                           vm.intern("IsoCalendarDate"));
  if (iso.is_null()) return vm.raise(vm.types.RuntimeError, "datetime.IsoCalendarDate is missing");
  return new_struct_seq(vm, static_cast<Type*>(iso.as_obj()),
                        {Value::small_int(year), vm.make_int(week + 1), vm.make_int(day + 1)});
}

// date.timetuple() / datetime.timetuple(): a time.struct_time (isdst -1).
Value date_timetuple(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_date, "date", "timetuple");
  if (!o || !no_args(vm, "timetuple", nargs, kwnames)) return Value::exception();
  Value tm = vm.import_module(vm.intern("time"));
  if (tm.is_exception()) return tm;
  Value st = dict_get_str(static_cast<Module*>(tm.as_obj())->dict, vm.intern("struct_time"));
  if (st.is_null()) return vm.raise(vm.types.RuntimeError, "time.struct_time is missing");
  int yday = days_before_month(o->year, o->month) + o->day;
  return new_struct_seq(vm, static_cast<Type*>(st.as_obj()),
                        {Value::small_int(o->year), Value::small_int(o->month), Value::small_int(o->day),
                         Value::small_int(o->hour), Value::small_int(o->minute), Value::small_int(o->second),
                         Value::small_int(weekday_of(o)), Value::small_int(yday), Value::small_int(-1)});
}

// date.fromisocalendar(year, week, day) (a datetime for datetime's).
Value date_fromisocalendar(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "fromisocalendar", kwnames) || !check_nargs(vm, "fromisocalendar", nargs - 1, 3, 3)) {
    return Value::exception();
  }
  int64_t f[3];
  for (int k = 0; k < 3; ++k) {
    if (!is_int_value(args[k + 1])) {
      return vm.raise_fmt(vm.types.TypeError, "'%s' object cannot be interpreted as an integer",
                          vm.type_of(args[k + 1])->name->data);
    }
    if (!vm.index_value(args[k + 1], f[k], /*clamp=*/true)) return Value::exception();
  }
  if (f[0] < 1 || f[0] > kMaxYear) {
    return vm.raise_fmt(vm.types.ValueError, "Year is out of range: %lld", static_cast<long long>(f[0]));
  }
  int year = static_cast<int>(f[0]);
  bool long_year = false;
  int64_t first_weekday = (ymd_to_ord(year, 1, 1) + 6) % 7;
  if (first_weekday == 3 || (first_weekday == 2 && days_in_month(year, 2) == 29)) long_year = true;
  if (f[1] < 1 || f[1] > (long_year ? 53 : 52)) {
    return vm.raise_fmt(vm.types.ValueError, "Invalid week: %lld", static_cast<long long>(f[1]));
  }
  if (f[2] < 1 || f[2] > 7) {
    return vm.raise_fmt(vm.types.ValueError, "Invalid day: %lld (range is [1, 7])", static_cast<long long>(f[2]));
  }
  int64_t ord = iso_week1_monday(year) + (f[1] - 1) * 7 + (f[2] - 1);
  if (ord < 1 || ord > kMaxOrdinal) return vm.raise(vm.types.ValueError, "date value out of range");
  int y, m, d;
  ord_to_ymd(ord, y, m, d);
  if (args[0].is_obj() && args[0].as_obj()->kind == ObjKind::Type) {
    DtTypes t;
    if (!dt_types(vm, t)) return Value::exception();
    if (vm.is_subtype(static_cast<Type*>(args[0].as_obj()), t.datetime)) {
      return new_datetime(vm, nullptr, y, m, d, 0, 0, 0, 0);
    }
  }
  return new_date(vm, y, m, d);
}

Value date_ctime(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_date, "date", "ctime");
  if (!o || !no_args(vm, "ctime", nargs, kwnames)) return Value::exception();
  static constexpr const char* kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %04d", kDays[weekday_of(o)], kMonths[o->month - 1],
                o->day, o->hour, o->minute, o->second, o->year);
  return vm.str_value(buf);
}

Value date_replace(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_date, "date", "replace");
  if (!o) return Value::exception();
  bool dt = is_datetime(args[0]);
  Value a[8];
  bool ok = dt ? c_args(vm, nullptr, args + 1, nargs - 1, kwnames,
                        {"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo"}, 0, a)
               : c_args(vm, nullptr, args + 1, nargs - 1, kwnames, {"year", "month", "day"}, 0, a);
  if (!ok) return Value::exception();
  int f[7];
  int cur[7] = {o->year, o->month, o->day, o->hour, o->minute, o->second, o->us};
  for (int i = 0; i < (dt ? 7 : 3); ++i) {
    if (!int_arg(vm, a[i], cur[i], f[i])) return Value::exception();
  }
  if (!check_date_fields(vm, f[0], f[1], f[2])) return Value::exception();
  if (!dt) return new_date(vm, f[0], f[1], f[2]);
  if (!check_time_fields(vm, f[3], f[4], f[5], f[6]) || !tzinfo_arg(vm, a[7])) return Value::exception();
  return new_datetime(vm, nullptr, f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
}

// Local time now, to the microsecond (through the switchable clock).
void now_fields(VM& vm, bool utc, tm& t, int& us) {
  int64_t ns = clock_now_ns(vm, ClockKind::Realtime);
  int64_t secs = ns / 1000000000, rem = ns % 1000000000;
  if (rem < 0) {
    rem += 1000000000;
    secs -= 1;
  }
  us = static_cast<int>(rem / 1000);
  time_t tt = static_cast<time_t>(secs);
  if (utc) {
    gmtime_r(&tt, &t);
  } else {
    localtime_r(&tt, &t);
  }
}

Value date_today(VM& vm, Value*, int nargs, Tuple* kwnames) {
  if (!no_args(vm, "today", nargs, kwnames)) return Value::exception();
  tm t{};
  int us;
  now_fields(vm, false, t, us);
  return new_date(vm, t.tm_year + 1900, t.tm_mon + 1, t.tm_mday);
}

Value date_fromordinal(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "fromordinal", kwnames) || !check_nargs(vm, "fromordinal", nargs - 1, 1, 1)) {
    return Value::exception();
  }
  int64_t n;
  Value i = index_to_int(vm, args[1]);
  if (i.is_exception() || !vm.index_value(i, n)) return Value::exception();
  if (n < 1 || n > kMaxOrdinal) return vm.raise(vm.types.ValueError, "ordinal must be >= 1");
  int y, m, d;
  ord_to_ymd(n, y, m, d);
  if (nargs >= 1 && args[0].is_obj() && args[0].as_obj()->kind == ObjKind::Type) {
    DtTypes t;
    if (!dt_types(vm, t)) return Value::exception();
    if (vm.is_subtype(static_cast<Type*>(args[0].as_obj()), t.datetime)) {
      return new_datetime(vm, nullptr, y, m, d, 0, 0, 0, 0);
    }
  }
  return new_date(vm, y, m, d);
}

// Parses "YYYY-MM-DD" at s[0..10); false if malformed.
bool parse_iso_date(std::string_view s, int& y, int& m, int& d) {
  auto digits = [&](size_t at, size_t n, int& out) {
    if (at + n > s.size()) return false;
    out = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      out = out * 10 + (s[i] - '0');
    }
    return true;
  };
  return s.size() >= 10 && digits(0, 4, y) && s[4] == '-' && digits(5, 2, m) && s[7] == '-' && digits(8, 2, d);
}

bool parse_iso_time(std::string_view s, int& hh, int& mi, int& ss, int& us) {
  auto digits = [&](size_t at, size_t n, int& out) {
    if (at + n > s.size()) return false;
    out = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      out = out * 10 + (s[i] - '0');
    }
    return true;
  };
  mi = ss = us = 0;
  if (!digits(0, 2, hh)) return false;
  if (s.size() == 2) return true;
  if (s[2] != ':' || !digits(3, 2, mi)) return false;
  if (s.size() == 5) return true;
  if (s[5] != ':' || !digits(6, 2, ss)) return false;
  if (s.size() == 8) return true;
  if (s[8] != '.' && s[8] != ',') return false;
  size_t n = s.size() - 9;
  if (n != 3 && n != 6) return false;
  if (!digits(9, n, us)) return false;
  if (n == 3) us *= 1000;
  return true;
}

Value date_fromisoformat(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "fromisoformat", kwnames) || !check_nargs(vm, "fromisoformat", nargs - 1, 1, 1)) {
    return Value::exception();
  }
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.types.TypeError, "fromisoformat: argument must be str");
  }
  DtTypes t;
  if (!dt_types(vm, t)) return Value::exception();
  bool want_dt = args[0].is_obj() && args[0].as_obj()->kind == ObjKind::Type &&
                 vm.is_subtype(static_cast<Type*>(args[0].as_obj()), t.datetime);
  std::string_view s = as_str(args[1])->view();
  int y, m, d, hh = 0, mi = 0, ss = 0, us = 0;
  bool ok = parse_iso_date(s, y, m, d);
  if (ok && !want_dt) ok = s.size() == 10;
  if (ok && want_dt && s.size() > 10) ok = parse_iso_time(s.substr(11), hh, mi, ss, us);
  if (!ok) {
    Value r = vm.repr(args[1]);
    if (r.is_exception()) return r;
    return vm.raise_fmt(vm.types.ValueError, "Invalid isoformat string: %s", as_str(r)->data);
  }
  if (!check_date_fields(vm, y, m, d)) return Value::exception();
  if (!want_dt) return new_date(vm, y, m, d);
  if (!check_time_fields(vm, hh, mi, ss, us)) return Value::exception();
  return new_datetime(vm, nullptr, y, m, d, hh, mi, ss, us);
}

// ---------------------------------------------------------------- datetime

Value datetime_constructor(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[9];
  if (!c_args(vm, nullptr, args, nargs, kwnames,
              {"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"}, 3, a)) {
    return Value::exception();
  }
  int f[7];
  for (int i = 0; i < 7; ++i) {
    if (!int_arg(vm, a[i], 0, f[i])) return Value::exception();
  }
  if (!check_date_fields(vm, f[0], f[1], f[2]) || !check_time_fields(vm, f[3], f[4], f[5], f[6])) {
    return Value::exception();
  }
  if (!tzinfo_arg(vm, a[7])) return Value::exception();
  int fold;
  if (!int_arg(vm, a[8], 0, fold)) return Value::exception();
  if (fold != 0 && fold != 1) return vm.raise(vm.types.ValueError, "fold must be either 0 or 1");
  return new_datetime(vm, nullptr, f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
}

Value datetime_from_tm(VM& vm, const tm& t, int us) {
  // A leap second (tm_sec == 60) is clamped, as CPython does.
  return new_datetime(vm, nullptr, t.tm_year + 1900, t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min,
                      t.tm_sec > 59 ? 59 : t.tm_sec, us);
}

Value datetime_now_impl(VM& vm, bool utc) {
  tm t{};
  int us;
  now_fields(vm, utc, t, us);
  return datetime_from_tm(vm, t, us);
}

Value datetime_now(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[1];
  if (!c_args(vm, nullptr, args + 1, nargs - 1, kwnames, {"tz"}, 0, a) || !tzinfo_arg(vm, a[0])) {
    return Value::exception();
  }
  return datetime_now_impl(vm, false);
}

Value datetime_today(VM& vm, Value*, int nargs, Tuple* kwnames) {
  if (!no_args(vm, "today", nargs, kwnames)) return Value::exception();
  return datetime_now_impl(vm, false);
}

Value datetime_utcnow(VM& vm, Value*, int nargs, Tuple* kwnames) {
  if (!no_args(vm, "utcnow", nargs, kwnames)) return Value::exception();
  return datetime_now_impl(vm, true);
}

// A POSIX timestamp split into seconds and microseconds, rounding half to
// even (CPython's _PyTime_ObjectToTimeval with _PyTime_ROUND_HALF_EVEN).
bool timestamp_arg(VM& vm, Value v, time_t& secs, int& us) {
  if (v.is_double()) {
    double d = v.as_double();
    if (std::isnan(d)) {
      vm.raise(vm.types.ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    double floor = std::floor(d);
    double frac = (d - floor) * 1e6;
    double r = std::nearbyint(frac);  // default rounding mode: half to even
    if (!(floor >= -9.2e18 && floor <= 9.2e18)) {
      vm.raise(vm.types.OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    secs = static_cast<time_t>(floor);
    us = static_cast<int>(r);
    if (us >= 1000000) {
      us -= 1000000;
      secs += 1;
    }
    return true;
  }
  Value i = index_to_int(vm, v);
  if (i.is_exception()) {
    vm.take_pending();
    vm.raise_fmt(vm.types.TypeError, "'%s' object cannot be interpreted as an integer", vm.type_of(v)->name->data);
    return false;
  }
  int64_t n;
  if (!vm.index_value(i, n)) return false;
  secs = static_cast<time_t>(n);
  us = 0;
  return true;
}

Value from_timestamp(VM& vm, Value* args, int nargs, Tuple* kwnames, bool utc) {
  Value a[2];
  if (utc) {
    if (!no_kwargs(vm, "utcfromtimestamp", kwnames) || !check_nargs(vm, "utcfromtimestamp", nargs - 1, 1, 1)) {
      return Value::exception();
    }
    a[0] = args[1];
  } else if (!c_args(vm, nullptr, args + 1, nargs - 1, kwnames, {"timestamp", "tz"}, 1, a) ||
             !tzinfo_arg(vm, a[1])) {
    return Value::exception();
  }
  time_t secs;
  int us;
  if (!timestamp_arg(vm, a[0], secs, us)) return Value::exception();
  tm t{};
  if (!(utc ? gmtime_r(&secs, &t) : localtime_r(&secs, &t)) || t.tm_year + 1900 < 1 ||
      t.tm_year + 1900 > kMaxYear) {
    return vm.raise(vm.types.ValueError, "year is out of range");
  }
  return datetime_from_tm(vm, t, us);
}

Value datetime_fromtimestamp(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return from_timestamp(vm, args, nargs, kwnames, false);
}

Value datetime_utcfromtimestamp(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return from_timestamp(vm, args, nargs, kwnames, true);
}

Value datetime_timestamp(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_datetime, "datetime", "timestamp");
  if (!o || !no_args(vm, "timestamp", nargs, kwnames)) return Value::exception();
  tm t{};
  t.tm_year = o->year - 1900;
  t.tm_mon = o->month - 1;
  t.tm_mday = o->day;
  t.tm_hour = o->hour;
  t.tm_min = o->minute;
  t.tm_sec = o->second;
  t.tm_isdst = -1;
  time_t secs = mktime(&t);
  return Value::from_double(static_cast<double>(secs) + o->us / 1e6);
}

Value datetime_date(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_datetime, "datetime", "date");
  if (!o || !no_args(vm, "date", nargs, kwnames)) return Value::exception();
  return new_date(vm, o->year, o->month, o->day);
}

Value new_time(VM& vm, int hh, int mi, int ss, int us) {
  Value m = vm.modules ? dict_get_str(vm.modules, vm.intern("datetime")) : Value::null();
  Type* t = m.is_obj() && m.as_obj()->kind == ObjKind::Module
                ? type_in(vm, static_cast<Module*>(m.as_obj())->dict, "time")
                : nullptr;
  if (!t) return vm.raise(vm.types.RuntimeError, "the datetime module is no longer in sys.modules");
  return new_date_obj(vm, t, &kTimeClass, 1900, 1, 1, hh, mi, ss, us);
}

Value datetime_time(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_datetime, "datetime", "time");
  if (!o || !no_args(vm, "time", nargs, kwnames)) return Value::exception();
  return new_time(vm, o->hour, o->minute, o->second, o->us);
}

Value datetime_combine(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[3];
  if (!c_args(vm, nullptr, args + 1, nargs - 1, kwnames, {"date", "time", "tzinfo"}, 2, a)) {
    return Value::exception();
  }
  if (!is_date(a[0])) {
    return vm.raise_fmt(vm.types.TypeError, "combine() argument 1 must be datetime.date, not %s",
                        vm.type_of(a[0])->name->data);
  }
  if (!is_time(a[1])) {
    return vm.raise_fmt(vm.types.TypeError, "combine() argument 2 must be datetime.time, not %s",
                        vm.type_of(a[1])->name->data);
  }
  if (!tzinfo_arg(vm, a[2])) return Value::exception();
  DateObj *d = as_date(a[0]), *t = as_date(a[1]);
  return new_datetime(vm, nullptr, d->year, d->month, d->day, t->hour, t->minute, t->second, t->us);
}

// ---------------------------------------------------------------- time

Value time_constructor(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[6];
  if (!c_args(vm, nullptr, args, nargs, kwnames, {"hour", "minute", "second", "microsecond", "tzinfo", "fold"},
              0, a)) {
    return Value::exception();
  }
  int f[4];
  for (int i = 0; i < 4; ++i) {
    if (!int_arg(vm, a[i], 0, f[i])) return Value::exception();
  }
  if (!check_time_fields(vm, f[0], f[1], f[2], f[3]) || !tzinfo_arg(vm, a[4])) return Value::exception();
  int fold;
  if (!int_arg(vm, a[5], 0, fold)) return Value::exception();
  if (fold != 0 && fold != 1) return vm.raise(vm.types.ValueError, "fold must be either 0 or 1");
  return new_time(vm, f[0], f[1], f[2], f[3]);
}

Value time_repr(VM& vm, Value self) {
  DateObj* o = as_date(self);
  char buf[64];
  int n = std::snprintf(buf, sizeof buf, "(%d, %d", o->hour, o->minute);
  if (o->second || o->us) n += std::snprintf(buf + n, sizeof buf - n, ", %d", o->second);
  if (o->us) n += std::snprintf(buf + n, sizeof buf - n, ", %d", o->us);
  std::snprintf(buf + n, sizeof buf - n, ")");
  return vm.str_value(tp_name_of(vm, self) + buf);
}

Value time_str(VM& vm, Value self) { return vm.str_value(format_time(as_date(self), "auto")); }

Value time_getattr(VM& vm, Value self, Str* name) {
  DateObj* o = as_date(self);
  std::string_view n = name->view();
  if (n == "hour") return Value::small_int(o->hour);
  if (n == "minute") return Value::small_int(o->minute);
  if (n == "second") return Value::small_int(o->second);
  if (n == "microsecond") return Value::small_int(o->us);
  if (n == "tzinfo") return Value::none();
  if (n == "fold") return Value::small_int(0);
  return generic_getattr(vm, self, name, true);
}

int time_setattr(VM& vm, Value self, Str* name, Value) {
  for (const char* f : {"hour", "minute", "second", "microsecond", "tzinfo", "fold"}) {
    if (name->view() == f) {
      vm.raise_fmt(vm.types.AttributeError, "attribute '%s' of 'datetime.time' objects is not writable", f);
      return -1;
    }
  }
  vm.raise_fmt(vm.types.AttributeError, "'%s' object has no attribute '%s'", tp_name_of(vm, self).c_str(),
               name->data);
  return -1;
}

Value time_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (is_time(a) && is_time(b)) {
    DateObj *x = as_date(a), *y = as_date(b);
    int64_t p[4] = {x->hour, x->minute, x->second, x->us};
    int64_t q[4] = {y->hour, y->minute, y->second, y->us};
    return compare_ints(p, q, 4, op);
  }
  return compare_unsupported(vm, a, b, op);
}

bool time_hash(VM& vm, Value self, int64_t& out) {
  DateObj* o = as_date(self);
  return hash_fields(vm, {o->hour, o->minute, o->second, o->us}, out);
}

Value time_binary(VM& vm, Value a, Value b, BinaryOp op, bool inplace) {
  Value other = is_time(a) ? b : a;
  if (is_time(other) || is_date(other) || is_delta(other) || foreign_builtin(vm, other)) {
    return unsupported(vm, op_symbol(op, inplace), a, b);
  }
  return vm.not_implemented;
}

Value time_isoformat(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_time, "time", "isoformat");
  Value a[1];
  if (!o || !c_args(vm, nullptr, args + 1, nargs - 1, kwnames, {"timespec"}, 0, a)) return Value::exception();
  std::string spec = "auto";
  if (!a[0].is_null()) {
    if (!is_str(a[0])) {
      return vm.raise_fmt(vm.types.TypeError, "isoformat() argument 1 must be str, not %s",
                          vm.type_of(a[0])->name->data);
    }
    spec = std::string(as_str(a[0])->view());
  }
  std::string text = format_time(o, spec.c_str());
  if (text.empty()) return vm.raise(vm.types.ValueError, "Unknown timespec value");
  return vm.str_value(text);
}

Value time_strftime(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_time, "time", "strftime");
  Value a[1];
  if (!o || !c_args(vm, "strftime", args + 1, nargs - 1, kwnames, {"format"}, 1, a)) return Value::exception();
  return strftime_impl(vm, o, a[0]);
}

Value time___format__(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_time, "time", "__format__");
  if (!o || !no_kwargs(vm, "__format__", kwnames) || !check_nargs(vm, "__format__", nargs - 1, 1, 1)) {
    return Value::exception();
  }
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.types.TypeError, "__format__() argument 1 must be str, not %s",
                        vm.type_of(args[1])->name->data);
  }
  return date_format(vm, args[0], as_str(args[1]));
}

Value time_replace(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_time, "time", "replace");
  Value a[5];
  if (!o || !c_args(vm, nullptr, args + 1, nargs - 1, kwnames, {"hour", "minute", "second", "microsecond", "tzinfo"},
                    0, a)) {
    return Value::exception();
  }
  int cur[4] = {o->hour, o->minute, o->second, o->us}, f[4];
  for (int i = 0; i < 4; ++i) {
    if (!int_arg(vm, a[i], cur[i], f[i])) return Value::exception();
  }
  if (!check_time_fields(vm, f[0], f[1], f[2], f[3]) || !tzinfo_arg(vm, a[4])) return Value::exception();
  return new_time(vm, f[0], f[1], f[2], f[3]);
}

// ---------------------------------------------------------------- module

Type* new_dt_type(VM& vm, Module* m, const char* name, Type* base, NativeFn ctor) {
  Type* t = vm.new_type(name, base, ObjKind::Foreign, ctor);
  t->module = Value::object(vm.intern("datetime"));
  vm.set_global(m->dict, name, Value::object(t));
  return t;
}

// datetime.strptime(string, format): parsed by stdlib/lib/_strptime.py.
Value datetime_strptime(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "strptime", kwnames) || !check_nargs(vm, "strptime", nargs - 1, 2, 2)) {
    return Value::exception();
  }
  Value m = vm.import_module(vm.intern("_strptime"));
  if (m.is_exception()) return m;
  Value fn = dict_get_str(static_cast<Module*>(m.as_obj())->dict, vm.intern("_strptime_datetime"));
  if (fn.is_null()) return vm.raise(vm.types.RuntimeError, "_strptime._strptime_datetime is missing");
  return vm.call(fn, args, 3);
}

void add_classmethod(VM& vm, Type* t, const char* name, NativeFn fn) {
  auto* cm = vm.alloc<ClassMethod>(ObjKind::ClassMethod, vm.types.classmethod);
  NativeFunction* f = vm.new_native(name, fn);
  f->qualname = vm.intern(std::string(t->name->view()) + "." + name);
  cm->func = Value::object(f);
  vm.set_global(t->dict, name, Value::object(cm));
  ++vm.type_version;
}

Type* init_delta_type(VM& vm, Module* m) {
  Type* t = new_dt_type(vm, m, "timedelta", vm.types.object, delta_constructor);
  t->slots.repr = delta_repr;
  t->slots.str = delta_str;
  t->slots.getattr = delta_getattr;
  t->slots.setattr = delta_setattr;
  t->slots.binary = delta_binary;
  t->slots.negative = delta_negative;
  t->slots.positive = delta_positive;
  t->slots.truthy = delta_truthy;
  t->slots.compare = delta_compare;
  t->slots.hash = delta_hash;
  inherit_slots(t);
  add_method(vm, t, "total_seconds", timedelta_total_seconds);
  add_method(vm, t, "__abs__", timedelta_abs);
  add_method(vm, t, "__divmod__", timedelta_divmod);
  vm.set_global(t->dict, "min", new_delta(vm, t, -static_cast<__int128>(kMaxDeltaDays) * kUsPerDay));
  vm.set_global(t->dict, "max", new_delta(vm, t, (static_cast<__int128>(kMaxDeltaDays) + 1) * kUsPerDay - 1));
  vm.set_global(t->dict, "resolution", new_delta(vm, t, 1));
  return t;
}

void set_date_slots(Type* t) {
  t->slots.repr = date_repr;
  t->slots.str = date_str;
  t->slots.getattr = date_getattr;
  t->slots.setattr = date_setattr;
  t->slots.binary = date_binary;
  t->slots.compare = date_compare;
  t->slots.hash = date_hash;
  t->slots.format = date_format;
}

Type* init_date_type(VM& vm, Module* m, Type* delta) {
  Type* t = new_dt_type(vm, m, "date", vm.types.object, date_constructor);
  set_date_slots(t);
  inherit_slots(t);
  static constexpr struct {
    const char* name;
    NativeFn fn;
  } kMethods[] = {{"strftime", date_strftime},   {"__format__", date___format__}, {"isoformat", date_isoformat},
                  {"weekday", date_weekday},     {"isoweekday", date_isoweekday}, {"toordinal", date_toordinal},
                  {"ctime", date_ctime},         {"replace", date_replace},
                  {"isocalendar", date_isocalendar}, {"timetuple", date_timetuple}};
  for (const auto& e : kMethods) add_method(vm, t, e.name, e.fn);
  add_classmethod(vm, t, "today", date_today);
  add_classmethod(vm, t, "fromordinal", date_fromordinal);
  add_classmethod(vm, t, "fromisoformat", date_fromisoformat);
  add_classmethod(vm, t, "fromisocalendar", date_fromisocalendar);
  vm.set_global(t->dict, "min", new_date_obj(vm, t, &kDateClass, 1, 1, 1));
  vm.set_global(t->dict, "max", new_date_obj(vm, t, &kDateClass, kMaxYear, 12, 31));
  vm.set_global(t->dict, "resolution", new_delta(vm, delta, kUsPerDay));
  return t;
}

Type* init_datetime_type(VM& vm, Module* m, Type* date, Type* delta) {
  Type* t = new_dt_type(vm, m, "datetime", date, datetime_constructor);
  set_date_slots(t);
  inherit_slots(t);
  add_method(vm, t, "timestamp", datetime_timestamp);
  add_method(vm, t, "date", datetime_date);
  add_method(vm, t, "time", datetime_time);
  add_classmethod(vm, t, "now", datetime_now);
  add_classmethod(vm, t, "today", datetime_today);
  add_classmethod(vm, t, "utcnow", datetime_utcnow);
  add_classmethod(vm, t, "fromtimestamp", datetime_fromtimestamp);
  add_classmethod(vm, t, "utcfromtimestamp", datetime_utcfromtimestamp);
  add_classmethod(vm, t, "combine", datetime_combine);
  add_classmethod(vm, t, "strptime", datetime_strptime);
  vm.set_global(t->dict, "min", new_date_obj(vm, t, &kDateTimeClass, 1, 1, 1));
  vm.set_global(t->dict, "max", new_date_obj(vm, t, &kDateTimeClass, kMaxYear, 12, 31, 23, 59, 59, 999999));
  vm.set_global(t->dict, "resolution", new_delta(vm, delta, 1));
  return t;
}

Type* init_time_type(VM& vm, Module* m, Type* delta) {
  Type* t = new_dt_type(vm, m, "time", vm.types.object, time_constructor);
  t->slots.repr = time_repr;
  t->slots.str = time_str;
  t->slots.getattr = time_getattr;
  t->slots.setattr = time_setattr;
  t->slots.binary = time_binary;
  t->slots.compare = time_compare;
  t->slots.hash = time_hash;
  t->slots.format = date_format;
  inherit_slots(t);
  add_method(vm, t, "isoformat", time_isoformat);
  add_method(vm, t, "strftime", time_strftime);
  add_method(vm, t, "__format__", time___format__);
  add_method(vm, t, "replace", time_replace);
  vm.set_global(t->dict, "min", new_date_obj(vm, t, &kTimeClass, 1900, 1, 1));
  vm.set_global(t->dict, "max", new_date_obj(vm, t, &kTimeClass, 1900, 1, 1, 23, 59, 59, 999999));
  vm.set_global(t->dict, "resolution", new_delta(vm, delta, 1));
  return t;
}

}  // namespace

Module* init_datetime_module(VM& vm) {
  RootScope roots(vm);
  Module* m = roots.add(vm.new_module(vm.intern("datetime")));
  Type* delta = init_delta_type(vm, m);
  Type* date = init_date_type(vm, m, delta);
  init_datetime_type(vm, m, date, delta);
  init_time_type(vm, m, delta);
  vm.set_global(m->dict, "IsoCalendarDate",
                Value::object(new_struct_seq_type(vm, "datetime", "IsoCalendarDate", {"year", "week", "weekday"})));
  vm.set_global(m->dict, "MINYEAR", Value::small_int(1));
  vm.set_global(m->dict, "MAXYEAR", Value::small_int(kMaxYear));
  return m;
}

}  // namespace coil::vm
