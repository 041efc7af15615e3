// The `_datetime` module: timedelta, date, datetime and time, following
// CPython 3.11's Modules/_datetimemodule.c for normalisation, str/repr
// formats, arithmetic, comparisons and error messages. `datetime`
// (stdlib/lib/datetime.py) adds tzinfo and timezone in coil and installs them
// here (_install_tz); aware datetimes and times call their tzinfo's
// utcoffset()/dst()/tzname()/fromutc().
//
// The clock is read through clock_now_ns() (stdlib/time_module.cpp), so a
// virtual clock also drives datetime.now(); local time comes from localtime_r.
// The types live in the module's dict and are found through sys.modules (no
// per-process state).
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
  int32_t fold;  // PEP 495: 1 for the second of two equal wall times
  Value tzinfo;  // null when naive (always for a date)
};

void trace_tzinfo(Obj* self, std::vector<Obj*>& gray) { mark_gray(gray, static_cast<DateObj*>(self)->tzinfo); }

constexpr ForeignClass kDeltaClass = {"timedelta", nullptr, nullptr};
constexpr ForeignClass kDateClass = {"date", nullptr, nullptr};
constexpr ForeignClass kDateTimeClass = {"datetime", trace_tzinfo, nullptr};
// datetime.time: a DateObj fixed at 1900-01-01 (what its strftime uses).
constexpr ForeignClass kTimeClass = {"time", trace_tzinfo, nullptr};

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
  Type* time = nullptr;
  // Installed by datetime.py (_install_tz); null before that.
  Type* tzinfo = nullptr;
  Value timezone = Value::null();
  Value utc = Value::null();
};

Type* type_in(VM& vm, Dict* d, const char* name) {
  Value t = dict_get_str(d, vm.intern(name));
  return t.is_obj() && t.as_obj()->kind == ObjKind::Type ? static_cast<Type*>(t.as_obj()) : nullptr;
}

// The module's types, through sys.modules; false (RuntimeError) when the
// module has been removed from it.
bool dt_types(VM& vm, DtTypes& out) {
  Value m = vm.modules ? dict_get_str(vm.modules, vm.intern("_datetime")) : Value::null();
  if (m.is_obj() && m.as_obj()->kind == ObjKind::Module) {
    Dict* d = static_cast<Module*>(m.as_obj())->dict;
    out.delta = type_in(vm, d, "timedelta");
    out.date = type_in(vm, d, "date");
    out.datetime = type_in(vm, d, "datetime");
    out.time = type_in(vm, d, "time");
    out.tzinfo = type_in(vm, d, "tzinfo");
    out.timezone = dict_get_str(d, vm.intern("timezone"));
    out.utc = dict_get_str(d, vm.intern("_utc"));
  }
  if (out.delta && out.date && out.datetime && out.time) return true;
  vm.raise(vm.types.RuntimeError, "the _datetime module is no longer in sys.modules");
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

// The fields of a date, datetime or time (a time's date is 1900-01-01).
struct Fields {
  int y = 1900, m = 1, d = 1, hh = 0, mi = 0, ss = 0, us = 0, fold = 0;
  Value tz = Value::null();  // null: naive
};

Fields fields_of(const DateObj* o) {
  return {o->year, o->month, o->day, o->hour, o->minute, o->second, o->us, o->fold, o->tzinfo};
}

Value new_date_obj(VM& vm, Type* type, const ForeignClass* cls, const Fields& f) {
  auto* o = vm.alloc<DateObj>(ObjKind::Foreign, type);
  o->cls = cls;
  o->year = f.y;
  o->month = f.m;
  o->day = f.d;
  o->hour = f.hh;
  o->minute = f.mi;
  o->second = f.ss;
  o->us = f.us;
  o->fold = f.fold;
  o->tzinfo = f.tz.is_none() ? Value::null() : f.tz;
  return Value::object(o);
}

bool is_subclass_in_coil(Type* cls) { return cls && (cls->flags & Type::kHeapType); }

// Calls a subclass defined in coil with the fields, as CPython does for the
// results of arithmetic and alternate constructors, so its __new__ and
// __init__ run; fold, when set, goes by keyword.
Value call_subclass(VM& vm, Type* cls, std::initializer_list<Value> positional, int fold) {
  std::vector<Value> args(positional);
  Tuple* kwnames = nullptr;
  if (fold) {
    kwnames = vm.tuple_of({Value::object(vm.intern("fold"))});
    args.push_back(Value::small_int(fold));
  }
  RootScope roots(vm);
  if (kwnames) roots.add(kwnames);
  return vm.call(Value::object(cls), args.data(), static_cast<int>(positional.size()), kwnames);
}

Value tz_or_none(Value tz) { return tz.is_null() ? Value::none() : tz; }

// An instance of `cls` (null: the built-in type).
Value make_date(VM& vm, Type* cls, int y, int m, int d) {
  if (is_subclass_in_coil(cls)) {
    return call_subclass(vm, cls, {Value::small_int(y), Value::small_int(m), Value::small_int(d)}, 0);
  }
  DtTypes t;
  if (!dt_types(vm, t)) return Value::exception();
  Fields f;
  f.y = y, f.m = m, f.d = d;
  return new_date_obj(vm, t.date, &kDateClass, f);
}

Value new_date(VM& vm, int y, int m, int d) { return make_date(vm, nullptr, y, m, d); }

Value make_datetime(VM& vm, Type* cls, const Fields& f) {
  if (is_subclass_in_coil(cls)) {
    return call_subclass(vm, cls,
                         {Value::small_int(f.y), Value::small_int(f.m), Value::small_int(f.d), Value::small_int(f.hh),
                          Value::small_int(f.mi), Value::small_int(f.ss), Value::small_int(f.us), tz_or_none(f.tz)},
                         f.fold);
  }
  DtTypes t;
  if (!dt_types(vm, t)) return Value::exception();
  return new_date_obj(vm, t.datetime, &kDateTimeClass, f);
}

Value make_time(VM& vm, Type* cls, const Fields& f) {
  if (is_subclass_in_coil(cls)) {
    return call_subclass(vm, cls,
                         {Value::small_int(f.hh), Value::small_int(f.mi), Value::small_int(f.ss),
                          Value::small_int(f.us), tz_or_none(f.tz)},
                         f.fold);
  }
  DtTypes t;
  if (!dt_types(vm, t)) return Value::exception();
  Fields tf = f;
  tf.y = 1900, tf.m = 1, tf.d = 1;
  return new_date_obj(vm, t.time, &kTimeClass, tf);
}

// A datetime as microseconds since 0001-01-01 (ordinal 1) at midnight.
__int128 datetime_us(const DateObj* o) {
  int64_t secs = (ymd_to_ord(o->year, o->month, o->day) - 1) * 86400 + o->hour * 3600 + o->minute * 60 + o->second;
  return static_cast<__int128>(secs) * kUsPerSecond + o->us;
}

// The fields of `total` microseconds since 0001-01-01; false (OverflowError)
// outside the years 1..9999.
bool fields_from_us(VM& vm, __int128 total, Fields& f) {
  if (total < 0 || total >= static_cast<__int128>(kMaxOrdinal) * kUsPerDay) {
    vm.raise(vm.types.OverflowError, "date value out of range");
    return false;
  }
  int64_t days = static_cast<int64_t>(total / kUsPerDay);
  int64_t rest = static_cast<int64_t>(total % kUsPerDay);
  ord_to_ymd(days + 1, f.y, f.m, f.d);
  int64_t secs = rest / kUsPerSecond;
  f.hh = static_cast<int>(secs / 3600);
  f.mi = static_cast<int>(secs / 60 % 60);
  f.ss = static_cast<int>(secs % 60);
  f.us = static_cast<int>(rest % kUsPerSecond);
  return true;
}

Value datetime_from_us(VM& vm, Type* cls, __int128 total, Value tz) {
  Fields f;
  if (!fields_from_us(vm, total, f)) return Value::exception();
  f.tz = tz;
  return make_datetime(vm, cls, f);
}

// The class a classmethod was called on, or null.
Type* class_arg(Value cls) {
  return cls.is_obj() && cls.as_obj()->kind == ObjKind::Type ? static_cast<Type*>(cls.as_obj()) : nullptr;
}

// The result of a date classmethod called on `cls`: a datetime at midnight
// for datetime and its subclasses, else a date, of that class.
Value make_date_of_class(VM& vm, Value cls, int y, int m, int d) {
  Type* type = class_arg(cls);
  DtTypes t;
  if (!dt_types(vm, t)) return Value::exception();
  if (type && vm.is_subtype(type, t.datetime)) {
    Fields f;
    f.y = y, f.m = m, f.d = d;
    return make_datetime(vm, type, f);
  }
  return make_date(vm, type, y, m, d);
}

// ---------------------------------------------------------------- arguments

// The signatures of the functions taking keywords (PyArg_ParseTupleAndKeywords
// in CPython's _datetime: the constructors are unnamed, "function missing
// required argument 'month' (pos 2)").
const ArgSpec kDeltaArgs{"__new__", "days=?, seconds=?, microseconds=?, milliseconds=?, minutes=?, hours=?, weeks=?"};
const ArgSpec kDateArgs{nullptr, "year, month, day"};
const ArgSpec kDateReplaceArgs{"replace", "year=?, month=?, day=?"};
const ArgSpec kDatetimeArgs{nullptr,
                            "year, month, day, hour=?, minute=?, second=?, microsecond=?, tzinfo=?, *, fold=?"};
const ArgSpec kDatetimeReplaceArgs{
    "replace", "year=?, month=?, day=?, hour=?, minute=?, second=?, microsecond=?, tzinfo=?, *, fold=?"};
const ArgSpec kTimeArgs{nullptr, "hour=?, minute=?, second=?, microsecond=?, tzinfo=?, *, fold=?"};
const ArgSpec kTimeReplaceArgs{"replace", "hour=?, minute=?, second=?, microsecond=?, tzinfo=?, *, fold=?"};
const ArgSpec kStrftimeArgs{"strftime", "format"};
const ArgSpec kIsoformatArgs{"isoformat", "sep=?, timespec=?"};
const ArgSpec kTimeIsoformatArgs{"isoformat", "timespec=?"};
const ArgSpec kNowArgs{"now", "tz=?"};
const ArgSpec kAstimezoneArgs{"astimezone", "tz=?"};
const ArgSpec kFromtimestampArgs{"fromtimestamp", "timestamp, tz=?"};
const ArgSpec kCombineArgs{"combine", "date, time, tzinfo=?"};

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

bool is_tzinfo(VM& vm, Value tz) {
  DtTypes t;
  if (!dt_types(vm, t)) {
    vm.take_pending();
    return false;
  }
  return t.tzinfo && vm.isinstance(tz, t.tzinfo);
}

bool tzinfo_arg(VM& vm, Value tz) {
  if (tz.is_null() || tz.is_none() || is_tzinfo(vm, tz)) return true;
  vm.raise_fmt(vm.types.TypeError, "tzinfo argument must be None or of a tzinfo subclass, not type '%s'",
               type_name(vm, tz));
  return false;
}

bool fold_arg(VM& vm, Value v, int dflt, int& out) {
  if (!int_arg(vm, v, dflt, out)) return false;
  if (out == 0 || out == 1) return true;
  vm.raise(vm.types.ValueError, "fold must be either 0 or 1");
  return false;
}

// tz.utcoffset(arg) or tz.dst(arg) (arg: the datetime, or None for a time):
// None, or a timedelta strictly within a day. `has` is false for None.
bool call_offset(VM& vm, Value tz, const char* method, Value arg, bool& has, __int128& us) {
  has = false;
  us = 0;
  if (tz.is_null() || tz.is_none()) return true;
  Value r = vm.call_method(tz, vm.intern(method), &arg, 1);
  if (r.is_exception()) return false;
  if (r.is_none()) return true;
  if (!is_delta(r)) {
    vm.raise_fmt(vm.types.TypeError, "tzinfo.%s() must return None or timedelta, not '%s'", method,
                 type_name(vm, r));
    return false;
  }
  us = delta_us(as_delta(r));
  if (us <= -kUsPerDay || us >= kUsPerDay) {
    vm.raise(vm.types.ValueError,
             "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).");
    return false;
  }
  has = true;
  return true;
}

// tz.tzname(arg): None or a str.
Value call_tzname(VM& vm, Value tz, Value arg) {
  if (tz.is_null() || tz.is_none()) return Value::none();
  Value r = vm.call_method(tz, vm.intern("tzname"), &arg, 1);
  if (r.is_exception() || r.is_none() || is_str(r)) return r;
  return vm.raise_fmt(vm.types.TypeError, "tzinfo.tzname() must return None or a string, not '%s'",
                      type_name(vm, r));
}

// The offset of an aware datetime or time (its utcoffset()), or none.
bool utcoffset_of(VM& vm, Value self, bool& has, __int128& us) {
  DateObj* o = as_date(self);
  return call_offset(vm, o->tzinfo, "utcoffset", is_time(self) ? Value::none() : self, has, us);
}

// "+05:30", with seconds and microseconds when present (sep ":" for
// isoformat, "" for %z).
std::string format_offset(__int128 us, const char* sep) {
  char sign = '+';
  if (us < 0) {
    sign = '-';
    us = -us;
  }
  int64_t secs = static_cast<int64_t>(us / kUsPerSecond);
  int frac = static_cast<int>(us % kUsPerSecond);
  char buf[48];
  int n = std::snprintf(buf, sizeof buf, "%c%02lld%s%02lld", sign, static_cast<long long>(secs / 3600), sep,
                        static_cast<long long>(secs / 60 % 60));
  if (secs % 60 || frac) n += std::snprintf(buf + n, sizeof buf - n, "%s%02lld", sep, static_cast<long long>(secs % 60));
  if (frac) std::snprintf(buf + n, sizeof buf - n, ".%06d", frac);
  return buf;
}

// The "+HH:MM" suffix of isoformat()/str() for an aware value, "" if naive.
bool offset_suffix(VM& vm, Value self, std::string& out) {
  bool has;
  __int128 us;
  if (!utcoffset_of(vm, self, has, us)) return false;
  out = has ? format_offset(us, ":") : "";
  return true;
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

// A method without arguments ("date.weekday() takes no arguments (1
// given)"), under its class: `cls` when given (a date method datetime
// inherits), else the receiver's (one datetime overrides in CPython).
bool no_args(VM& vm, Value* args, const char* method, int nargs, Tuple* kwnames,
             const char* cls = nullptr) {
  if ((!kwnames || kwnames->size == 0) && nargs == 1) return true;
  if (!cls) {
    cls = is_delta(args[0]) ? "timedelta" : is_datetime(args[0]) ? "datetime"
          : is_date(args[0]) ? "date" : "time";
  }
  return positional_args(vm, std::string(cls) + "." + method, nargs - 1, kwnames, 0, 0);
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
               type_name(vm, num));
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
  if (!kDeltaArgs.parse(vm, args, nargs, kwnames, a)) {
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

// Setting an attribute that is not a field: a subclass defined in coil has
// an instance dict; the built-in types have none.
int set_other_attr(VM& vm, Value self, Str* name, Value value) {
  if (vm.type_of(self)->flags & Type::kHeapType) return generic_setattr(vm, self, name, value);
  vm.raise_fmt(vm.types.AttributeError, "'%s' object has no attribute '%s'", tp_name_of(vm, self).c_str(),
               name->data);
  return -1;
}

int delta_setattr(VM& vm, Value self, Str* name, Value value) {
  std::string_view n = name->view();
  if (n == "days" || n == "seconds" || n == "microseconds") {
    vm.raise_fmt(vm.types.AttributeError, "readonly attribute");
    return -1;
  }
  return set_other_attr(vm, self, name, value);
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
  if (!d || !no_args(vm, args, "total_seconds", nargs, kwnames)) return Value::exception();
  // us / 10**6 as int true division: exact operands, one rounding.
  return Value::from_double(static_cast<double>(static_cast<long double>(delta_us(d)) / 1e6L));
}

Value timedelta_abs(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* d = self_arg<DeltaObj>(vm, args, nargs, is_delta, "timedelta", "__abs__");
  if (!d || !wrapper_args(vm, "__abs__", nargs - 1, kwnames, 0)) return Value::exception();
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

// CPython's pickle state: the fields packed in bytes (date: 4, time: 6,
// datetime: 10), the year and microseconds big-endian and the fold in the
// top bit of the month (datetime) or the hour (time). The constructors take
// it back as date(state), datetime(state[, tzinfo]), time(state[, tzinfo]).
std::string pack_state(const Fields& f, bool date_part, bool time_part, bool fold) {
  std::string out;
  if (date_part) {
    out += static_cast<char>(f.y >> 8);
    out += static_cast<char>(f.y & 0xff);
    out += static_cast<char>(f.m | (fold ? 0x80 : 0));  // a datetime's fold
    out += static_cast<char>(f.d);
  }
  if (time_part) {
    out += static_cast<char>(f.hh | (fold && !date_part ? 0x80 : 0));  // a time's fold
    out += static_cast<char>(f.mi);
    out += static_cast<char>(f.ss);
    out += static_cast<char>((f.us >> 16) & 0xff);
    out += static_cast<char>((f.us >> 8) & 0xff);
    out += static_cast<char>(f.us & 0xff);
  }
  return out;
}

// The bytes of a pickle state of `size` bytes in args[0] (with at most a
// tzinfo after it when `with_tz`), or false when the call is an ordinary one.
bool pickle_state_arg(Value* args, int nargs, Tuple* kwnames, size_t size, bool with_tz, std::string_view& out) {
  if ((kwnames && kwnames->size) || nargs < 1 || nargs > (with_tz ? 2 : 1) || !is_bytes(args[0])) return false;
  out = as_bytes(args[0])->view();
  return out.size() == size;
}

int state_byte(std::string_view s, size_t i) { return static_cast<unsigned char>(s[i]); }

void unpack_date_state(std::string_view s, Fields& f) {
  f.y = state_byte(s, 0) << 8 | state_byte(s, 1);
  f.m = state_byte(s, 2) & 0x7f;
  f.d = state_byte(s, 3);
}

void unpack_time_state(std::string_view s, size_t at, Fields& f) {
  f.hh = state_byte(s, at) & 0x7f;
  f.mi = state_byte(s, at + 1);
  f.ss = state_byte(s, at + 2);
  f.us = state_byte(s, at + 3) << 16 | state_byte(s, at + 4) << 8 | state_byte(s, at + 5);
}

// The tzinfo after a pickle state: null (naive) when absent or None.
bool state_tzinfo(VM& vm, Value* args, int nargs, Value& tz) {
  tz = nargs == 2 && !args[1].is_none() ? args[1] : Value::null();
  return tz.is_null() || tzinfo_arg(vm, tz);
}

Value date_constructor(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  std::string_view state;
  if (pickle_state_arg(args, nargs, kwnames, 4, false, state) && (state_byte(state, 2) & 0x7f) >= 1 &&
      (state_byte(state, 2) & 0x7f) <= 12) {
    Fields f;
    unpack_date_state(state, f);
    if (!check_date_fields(vm, f.y, f.m, f.d)) return Value::exception();
    return new_date(vm, f.y, f.m, f.d);
  }
  Value a[3];
  if (!kDateArgs.parse(vm, args, nargs, kwnames, a)) return Value::exception();
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

// ", fold=1, tzinfo=<repr>)" closing the repr of a datetime or time.
Value close_repr(VM& vm, const DateObj* o, std::string text) {
  if (o->fold) text += ", fold=1";
  if (!o->tzinfo.is_null()) {
    Value r = vm.repr(o->tzinfo);
    if (r.is_exception()) return r;
    text += ", tzinfo=";
    text += as_str(r)->view();
  }
  return vm.str_value(text + ")");
}

Value date_repr(VM& vm, Value self) {
  DateObj* o = as_date(self);
  char buf[96];
  if (is_datetime(self)) {
    int n = std::snprintf(buf, sizeof buf, "(%d, %d, %d, %d, %d", o->year, o->month, o->day, o->hour, o->minute);
    if (o->second || o->us) n += std::snprintf(buf + n, sizeof buf - n, ", %d", o->second);
    if (o->us) std::snprintf(buf + n, sizeof buf - n, ", %d", o->us);
    return close_repr(vm, o, tp_name_of(vm, self) + buf);
  }
  std::snprintf(buf, sizeof buf, "(%d, %d, %d)", o->year, o->month, o->day);
  return vm.str_value(tp_name_of(vm, self) + buf);
}

Value date_str(VM& vm, Value self) {
  DateObj* o = as_date(self);
  if (!is_datetime(self)) return vm.str_value(format_date(o));
  std::string offset;
  if (!offset_suffix(vm, self, offset)) return Value::exception();
  return vm.str_value(format_date(o) + " " + format_time(o, "auto") + offset);
}

// The time fields shared by datetime and time; null if `n` is not one.
Value time_field(const DateObj* o, std::string_view n) {
  if (n == "hour") return Value::small_int(o->hour);
  if (n == "minute") return Value::small_int(o->minute);
  if (n == "second") return Value::small_int(o->second);
  if (n == "microsecond") return Value::small_int(o->us);
  if (n == "tzinfo") return tz_or_none(o->tzinfo);
  if (n == "fold") return Value::small_int(o->fold);
  return Value::null();
}

Value date_getattr(VM& vm, Value self, Str* name) {
  DateObj* o = as_date(self);
  std::string_view n = name->view();
  if (n == "year") return Value::small_int(o->year);
  if (n == "month") return Value::small_int(o->month);
  if (n == "day") return Value::small_int(o->day);
  if (is_datetime(self)) {
    Value v = time_field(o, n);
    if (!v.is_null()) return v;
  }
  return generic_getattr(vm, self, name, true);
}

int date_setattr(VM& vm, Value self, Str* name, Value value) {
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
  return set_other_attr(vm, self, name, value);
}

Value date_plus_days(VM& vm, Value self, int64_t days) {
  DateObj* o = as_date(self);
  int64_t ord = ymd_to_ord(o->year, o->month, o->day) + days;
  if (ord < 1 || ord > kMaxOrdinal) return vm.raise(vm.types.OverflowError, "date value out of range");
  int y, m, d;
  ord_to_ymd(ord, y, m, d);
  return make_date(vm, vm.type_of(self), y, m, d);
}

// Both tzinfos are the same object (or both naive): no offsets are consulted.
bool same_tzinfo(Value a, Value b) { return as_date(a)->tzinfo.raw() == as_date(b)->tzinfo.raw(); }

// a - b for two datetimes, in microseconds, through their UTC offsets when
// their tzinfos differ.
bool datetime_difference(VM& vm, Value a, Value b, __int128& out) {
  out = datetime_us(as_date(a)) - datetime_us(as_date(b));
  if (same_tzinfo(a, b)) return true;
  bool has_a, has_b;
  __int128 off_a, off_b;
  if (!utcoffset_of(vm, a, has_a, off_a) || !utcoffset_of(vm, b, has_b, off_b)) return false;
  if (has_a != has_b) {
    vm.raise(vm.types.TypeError, "can't subtract offset-naive and offset-aware datetimes");
    return false;
  }
  out -= off_a - off_b;
  return true;
}

Value date_binary(VM& vm, Value a, Value b, BinaryOp op, bool inplace) {
  bool add = op == BinaryOp::Add, sub = op == BinaryOp::Sub;
  // datetime +/- timedelta, timedelta + datetime: the datetime's class and tzinfo
  if ((add || sub) && is_datetime(a) && is_delta(b)) {
    __int128 d = delta_us(as_delta(b));
    return datetime_from_us(vm, vm.type_of(a), datetime_us(as_date(a)) + (add ? d : -d), as_date(a)->tzinfo);
  }
  if (add && is_delta(a) && is_datetime(b)) {
    return datetime_from_us(vm, vm.type_of(b), datetime_us(as_date(b)) + delta_us(as_delta(a)), as_date(b)->tzinfo);
  }
  if (sub && is_datetime(a) && is_datetime(b)) {
    __int128 diff;
    if (!datetime_difference(vm, a, b, diff)) return Value::exception();
    return make_delta(vm, diff);
  }
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

Value compare_i128(__int128 diff, CompareOp op) {
  int64_t p[1] = {diff < 0 ? -1 : diff > 0 ? 1 : 0}, q[1] = {0};
  return compare_ints(p, q, 1, op);
}

// Two datetimes or two times (`what` names them in the error): by their
// fields when their tzinfos are the same or their offsets equal, else by
// UTC; a naive and an aware one are unequal and unordered. (CPython's
// PEP 495 exception for times in a fold is not applied.)
Value compare_aware(VM& vm, Value a, Value b, CompareOp op, const char* what) {
  DateObj *x = as_date(a), *y = as_date(b);
  auto field_order = [&] {
    int64_t p[7] = {x->year, x->month, x->day, x->hour, x->minute, x->second, x->us};
    int64_t q[7] = {y->year, y->month, y->day, y->hour, y->minute, y->second, y->us};
    return compare_ints(p, q, 7, op);
  };
  if (same_tzinfo(a, b)) return field_order();
  bool has_a, has_b;
  __int128 off_a, off_b;
  if (!utcoffset_of(vm, a, has_a, off_a) || !utcoffset_of(vm, b, has_b, off_b)) return Value::exception();
  if (has_a == has_b && off_a == off_b) return field_order();
  if (has_a && has_b) {
    __int128 ua = datetime_us(x) - off_a, ub = datetime_us(y) - off_b;
    return compare_i128(ua - ub, op);
  }
  if (op == CompareOp::Eq) return Value::boolean(false);
  if (op == CompareOp::Ne) return Value::boolean(true);
  return vm.raise_fmt(vm.types.TypeError, "can't compare offset-naive and offset-aware %s", what);
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
    if (is_datetime(a)) return compare_aware(vm, a, b, op, "datetimes");
    DateObj *x = as_date(a), *y = as_date(b);
    int64_t p[3] = {x->year, x->month, x->day};
    int64_t q[3] = {y->year, y->month, y->day};
    return compare_ints(p, q, 3, op);
  }
  return compare_unsupported(vm, a, b, op);
}

// The hash of a datetime or time: its fields when naive, its UTC value when
// aware (so equal aware values in different zones hash alike). The offset is
// taken with fold=0, as CPython does.
bool hash_time_value(VM& vm, Value self, int64_t& out) {
  DateObj* o = as_date(self);
  bool has = false;
  __int128 off = 0;
  if (!o->tzinfo.is_null()) {
    int fold = o->fold;
    o->fold = 0;
    bool ok = utcoffset_of(vm, self, has, off);
    o->fold = fold;
    if (!ok) return false;
  }
  if (!has) return hash_fields(vm, {o->year, o->month, o->day, o->hour, o->minute, o->second, o->us}, out);
  __int128 utc = datetime_us(o) - off;
  return hash_fields(vm, {static_cast<int64_t>(utc / kUsPerDay), static_cast<int64_t>(utc % kUsPerDay)}, out);
}

bool date_hash(VM& vm, Value self, int64_t& out) {
  DateObj* o = as_date(self);
  if (!is_datetime(self)) return hash_fields(vm, {o->year, o->month, o->day}, out);
  return hash_time_value(vm, self, out);
}

// strftime: %f, %z and %Z are expanded here (CPython's wrap_strftime), the
// rest by the C library on the equivalent struct tm.
Value strftime_impl(VM& vm, Value self, Value fmtv) {
  if (!is_str(fmtv)) return raise_bad_argument(vm, "strftime", "1", "str", fmtv);
  const DateObj* o = as_date(self);
  Value arg = is_time(self) ? Value::none() : self;
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
    } else if (c == 'z') {
      bool has;
      __int128 off;
      if (!call_offset(vm, o->tzinfo, "utcoffset", arg, has, off)) return Value::exception();
      if (has) fmt += format_offset(off, "");
    } else if (c == 'Z') {
      Value name = call_tzname(vm, o->tzinfo, arg);
      if (name.is_exception()) return name;
      // Doubled, so strftime itself leaves a '%' in the name alone.
      if (!name.is_none()) {
        for (char ch : as_str(name)->view()) fmt += ch == '%' ? std::string("%%") : std::string(1, ch);
      }
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
  if (!o || !kStrftimeArgs.parse(vm, args + 1, nargs - 1, kwnames, a)) return Value::exception();
  return strftime_impl(vm, args[0], a[0]);
}

Value date_format(VM& vm, Value self, Str* spec) {
  if (spec->size == 0) return vm.str(self);
  return strftime_impl(vm, self, Value::object(spec));
}

Value date___format__(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_date, "date", "__format__");
  if (!o || !no_kwargs(vm, "__format__", kwnames) || !check_nargs(vm, "__format__", nargs - 1, 1, 1)) {
    return Value::exception();
  }
  if (!is_str(args[1])) return raise_bad_argument(vm, "__format__", "1", "str", args[1]);
  return date_format(vm, args[0], as_str(args[1]));
}

Value date_isoformat(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_date, "date", "isoformat");
  if (!o) return Value::exception();
  if (!is_datetime(args[0])) {
    if (!no_args(vm, args, "isoformat", nargs, kwnames)) return Value::exception();
    return vm.str_value(format_date(o));
  }
  Value a[2];
  if (!kIsoformatArgs.parse(vm, args + 1, nargs - 1, kwnames, a)) return Value::exception();
  std::string sep = "T";
  if (!a[0].is_null()) {
    if (!is_str(a[0]) || as_str(a[0])->length != 1) {
      return vm.raise_fmt(vm.types.TypeError, "isoformat() argument 1 must be a unicode character, not %s",
                          type_name(vm, a[0]));
    }
    sep = std::string(as_str(a[0])->view());
  }
  const char* spec = "auto";
  std::string specs;
  if (!a[1].is_null()) {
    if (!is_str(a[1])) return raise_bad_argument(vm, "isoformat", "2", "str", a[1]);
    specs = std::string(as_str(a[1])->view());
    spec = specs.c_str();
  }
  std::string time = format_time(o, spec);
  if (time.empty()) return vm.raise(vm.types.ValueError, "Unknown timespec value");
  std::string offset;
  if (!offset_suffix(vm, args[0], offset)) return Value::exception();
  return vm.str_value(format_date(o) + sep + time + offset);
}

Value date_weekday(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_date, "date", "weekday");
  if (!o || !no_args(vm, args, "weekday", nargs, kwnames, "date")) return Value::exception();
  return Value::small_int(weekday_of(o));
}

Value date_isoweekday(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_date, "date", "isoweekday");
  if (!o || !no_args(vm, args, "isoweekday", nargs, kwnames, "date")) return Value::exception();
  return Value::small_int(weekday_of(o) + 1);
}

Value date_toordinal(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_date, "date", "toordinal");
  if (!o || !no_args(vm, args, "toordinal", nargs, kwnames, "date")) return Value::exception();
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
  if (!o || !no_args(vm, args, "isocalendar", nargs, kwnames, "date")) return Value::exception();
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
  Value mod = vm.import_module(vm.intern("_datetime"));
  if (mod.is_exception()) return mod;
  Value iso = dict_get_str(static_cast<Module*>(mod.as_obj())->dict, vm.intern("IsoCalendarDate"));
  if (iso.is_null()) return vm.raise(vm.types.RuntimeError, "datetime.IsoCalendarDate is missing");
  return new_struct_seq(vm, static_cast<Type*>(iso.as_obj()),
                        {Value::small_int(year), vm.make_int(week + 1), vm.make_int(day + 1)});
}

// date.timetuple() / datetime.timetuple(): a time.struct_time (isdst -1).
Value struct_time_of(VM& vm, const Fields& f, int isdst) {
  Value tm = vm.import_module(vm.intern("time"));
  if (tm.is_exception()) return tm;
  Value st = dict_get_str(static_cast<Module*>(tm.as_obj())->dict, vm.intern("struct_time"));
  if (st.is_null()) return vm.raise(vm.types.RuntimeError, "time.struct_time is missing");
  int yday = days_before_month(f.y, f.m) + f.d;
  int weekday = static_cast<int>((ymd_to_ord(f.y, f.m, f.d) + 6) % 7);
  return new_struct_seq(vm, static_cast<Type*>(st.as_obj()),
                        {Value::small_int(f.y), Value::small_int(f.m), Value::small_int(f.d), Value::small_int(f.hh),
                         Value::small_int(f.mi), Value::small_int(f.ss), Value::small_int(weekday),
                         Value::small_int(yday), Value::small_int(isdst)});
}

// date.timetuple() / datetime.timetuple(): a time.struct_time whose isdst
// comes from dst() (-1 when naive or None).
Value date_timetuple(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_date, "date", "timetuple");
  if (!o || !no_args(vm, args, "timetuple", nargs, kwnames)) return Value::exception();
  int isdst = -1;
  if (!o->tzinfo.is_null()) {
    bool has;
    __int128 dst;
    if (!call_offset(vm, o->tzinfo, "dst", args[0], has, dst)) return Value::exception();
    if (has) isdst = dst != 0;
  }
  return struct_time_of(vm, fields_of(o), isdst);
}

// datetime.utctimetuple(): the UTC time of an aware datetime, the fields of
// a naive one; isdst 0.
Value datetime_utctimetuple(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_datetime, "datetime", "utctimetuple");
  if (!o || !no_args(vm, args, "utctimetuple", nargs, kwnames)) return Value::exception();
  bool has;
  __int128 off;
  if (!utcoffset_of(vm, args[0], has, off)) return Value::exception();
  Fields f = fields_of(o);
  if (has && !fields_from_us(vm, datetime_us(o) - off, f)) return Value::exception();
  return struct_time_of(vm, f, 0);
}

// The date of ISO year/week/weekday; false (ValueError) if out of range.
bool iso_week_date(VM& vm, int64_t iso_year, int64_t week, int64_t weekday, int& y, int& m, int& d) {
  if (iso_year < 1 || iso_year > kMaxYear) {
    vm.raise_fmt(vm.types.ValueError, "Year is out of range: %lld", static_cast<long long>(iso_year));
    return false;
  }
  int year = static_cast<int>(iso_year);
  int64_t first_weekday = (ymd_to_ord(year, 1, 1) + 6) % 7;
  bool long_year = first_weekday == 3 || (first_weekday == 2 && days_in_month(year, 2) == 29);
  if (week < 1 || week > (long_year ? 53 : 52)) {
    vm.raise_fmt(vm.types.ValueError, "Invalid week: %lld", static_cast<long long>(week));
    return false;
  }
  if (weekday < 1 || weekday > 7) {
    vm.raise_fmt(vm.types.ValueError, "Invalid day: %lld (range is [1, 7])", static_cast<long long>(weekday));
    return false;
  }
  int64_t ord = iso_week1_monday(year) + (week - 1) * 7 + (weekday - 1);
  if (ord < 1 || ord > kMaxOrdinal) {
    vm.raise(vm.types.ValueError, "date value out of range");
    return false;
  }
  ord_to_ymd(ord, y, m, d);
  return true;
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
                          type_name(vm, args[k + 1]));
    }
    if (!vm.index_value(args[k + 1], f[k], /*clamp=*/true)) return Value::exception();
  }
  int y, m, d;
  if (!iso_week_date(vm, f[0], f[1], f[2], y, m, d)) return Value::exception();
  return make_date_of_class(vm, args[0], y, m, d);
}

Value date_ctime(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_date, "date", "ctime");
  if (!o || !no_args(vm, args, "ctime", nargs, kwnames)) return Value::exception();
  static constexpr const char* kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %04d", kDays[weekday_of(o)], kMonths[o->month - 1],
                o->day, o->hour, o->minute, o->second, o->year);
  return vm.str_value(buf);
}

// A copy of `self`'s class without calling it (CPython's replace() builds
// the subclass instance directly).
Value with_class_of(Value v, Value self, VM& vm) {
  if (!v.is_exception()) v.as_obj()->type = vm.type_of(self);
  return v;
}

Value date_replace(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_date, "date", "replace");
  if (!o) return Value::exception();
  bool dt = is_datetime(args[0]);
  Value a[9];
  bool ok = dt ? kDatetimeReplaceArgs.parse(vm, args + 1, nargs - 1, kwnames, a)
               : kDateReplaceArgs.parse(vm, args + 1, nargs - 1, kwnames, a);
  if (!ok) return Value::exception();
  int f[7];
  int cur[7] = {o->year, o->month, o->day, o->hour, o->minute, o->second, o->us};
  for (int i = 0; i < (dt ? 7 : 3); ++i) {
    if (!int_arg(vm, a[i], cur[i], f[i])) return Value::exception();
  }
  if (!check_date_fields(vm, f[0], f[1], f[2])) return Value::exception();
  if (!dt) return with_class_of(make_date(vm, nullptr, f[0], f[1], f[2]), args[0], vm);
  Fields nf{f[0], f[1], f[2], f[3], f[4], f[5], f[6], 0, a[7].is_null() ? o->tzinfo : a[7]};
  if (!check_time_fields(vm, f[3], f[4], f[5], f[6]) || !tzinfo_arg(vm, a[7]) || !fold_arg(vm, a[8], o->fold, nf.fold)) {
    return Value::exception();
  }
  return with_class_of(make_datetime(vm, nullptr, nf), args[0], vm);
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

Value date_today(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_args(vm, args, "today", nargs, kwnames, "date")) return Value::exception();
  tm t{};
  int us;
  now_fields(vm, false, t, us);
  return make_date_of_class(vm, args[0], t.tm_year + 1900, t.tm_mon + 1, t.tm_mday);
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
  return make_date_of_class(vm, args[0], y, m, d);
}

// ISO 8601 as CPython 3.11's fromisoformat() reads it: a cursor over the
// text; each parse_* returns false when the text is malformed.
struct IsoText {
  std::string_view s;
  size_t at = 0;
  bool done() const { return at == s.size(); }
  bool peek(char c) const { return at < s.size() && s[at] == c; }
  bool eat(char c) {
    if (!peek(c)) return false;
    ++at;
    return true;
  }
  bool digits(size_t n, int& out) {
    if (at + n > s.size()) return false;
    out = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      out = out * 10 + (s[i] - '0');
    }
    at += n;
    return true;
  }
};

// YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]. A week date is
// converted here (ValueError pending and `range_error` set when it is out
// of range).
bool parse_iso_date(VM& vm, IsoText& t, int& y, int& m, int& d, bool& range_error) {
  range_error = false;
  if (!t.digits(4, y)) return false;
  bool extended = t.eat('-');
  if (t.eat('W')) {
    int week, weekday = 1;
    if (!t.digits(2, week)) return false;
    if (extended ? t.eat('-') : (t.at < t.s.size() && t.s[t.at] >= '0' && t.s[t.at] <= '9')) {
      if (!t.digits(1, weekday)) return false;
    }
    if (!iso_week_date(vm, y, week, weekday, y, m, d)) {
      range_error = true;
      return false;
    }
    return true;
  }
  if (!t.digits(2, m) || (extended && !t.eat('-')) || !t.digits(2, d)) return false;
  return true;
}

// HH[:MM[:SS[.f...]]] or HH[MM[SS[.f...]]]: fractions of 1 to 6 digits
// count, further digits are dropped.
bool parse_iso_clock(IsoText& t, int& hh, int& mi, int& ss, int& us) {
  mi = ss = us = 0;
  if (!t.digits(2, hh)) return false;
  if (t.done() || t.peek('+') || t.peek('-') || t.peek('Z')) return true;
  bool extended = t.eat(':');
  if (!t.digits(2, mi)) return false;
  if (t.done() || t.peek('+') || t.peek('-') || t.peek('Z')) return true;
  if (extended && !t.eat(':')) return false;
  if (!t.digits(2, ss)) return false;
  if (!t.eat('.') && !t.eat(',')) return true;
  size_t start = t.at;
  while (t.at < t.s.size() && t.s[t.at] >= '0' && t.s[t.at] <= '9') {
    if (t.at - start < 6) us = us * 10 + (t.s[t.at] - '0');
    ++t.at;
  }
  size_t n = t.at - start;
  if (n == 0) return false;
  for (size_t k = n; k < 6; ++k) us *= 10;
  return true;
}

// A time with an optional UTC offset: Z, or +/-HH[:MM[:SS[.ffffff]]].
bool parse_iso_time(IsoText& t, Fields& f, bool& has_offset, __int128& offset) {
  has_offset = false;
  if (!parse_iso_clock(t, f.hh, f.mi, f.ss, f.us)) return false;
  if (t.done()) return true;
  has_offset = true;
  offset = 0;
  if (t.eat('Z')) return t.done();
  int sign = t.eat('-') ? -1 : (t.eat('+'), 1);
  int hh, mi, ss, us;
  if (!parse_iso_clock(t, hh, mi, ss, us) || !t.done()) return false;
  offset = sign * ((static_cast<__int128>(hh) * 3600 + mi * 60 + ss) * kUsPerSecond + us);
  return true;
}

// A timezone for `offset` microseconds: timezone.utc for zero.
Value timezone_for(VM& vm, __int128 offset) {
  DtTypes t;
  if (!dt_types(vm, t)) return Value::exception();
  if (t.timezone.is_null() || t.utc.is_null()) {
    return vm.raise(vm.types.RuntimeError, "datetime.timezone is missing (import datetime, not _datetime)");
  }
  if (offset == 0) return t.utc;
  Value delta = new_delta(vm, t.delta, offset);
  if (delta.is_exception()) return delta;
  RootScope roots(vm);
  roots.add(delta);
  return vm.call1(t.timezone, delta);
}

Value invalid_isoformat(VM& vm, Value text) {
  Value r = vm.repr(text);
  if (r.is_exception()) return r;
  return vm.raise_fmt(vm.types.ValueError, "Invalid isoformat string: %s", as_str(r)->data);
}

bool isoformat_arg(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "fromisoformat", kwnames) || !check_nargs(vm, "fromisoformat", nargs - 1, 1, 1)) return false;
  if (is_str(args[1])) return true;
  vm.raise(vm.types.TypeError, "fromisoformat: argument must be str");
  return false;
}

// Fields (with tz) from a parsed time, checked; false with an error pending.
bool finish_iso_time(VM& vm, Fields& f, bool has_offset, __int128 offset) {
  if (!check_time_fields(vm, f.hh, f.mi, f.ss, f.us)) return false;
  if (!has_offset) return true;
  f.tz = timezone_for(vm, offset);
  return !f.tz.is_exception();
}

// date.fromisoformat / datetime.fromisoformat (by the class it is called on).
Value date_fromisoformat(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!isoformat_arg(vm, args, nargs, kwnames)) return Value::exception();
  DtTypes types;
  if (!dt_types(vm, types)) return Value::exception();
  Type* cls = class_arg(args[0]);
  bool want_dt = cls && vm.is_subtype(cls, types.datetime);
  IsoText t{as_str(args[1])->view()};
  Fields f;
  bool range_error, has_offset = false;
  __int128 offset = 0;
  bool ok = parse_iso_date(vm, t, f.y, f.m, f.d, range_error);
  if (range_error) return Value::exception();
  if (ok && !want_dt) ok = t.done();
  if (ok && want_dt && !t.done()) {
    // Any one character separates the date from the time.
    ++t.at;
    while (t.at < t.s.size() && (static_cast<unsigned char>(t.s[t.at]) & 0xC0) == 0x80) ++t.at;
    ok = !t.done() && parse_iso_time(t, f, has_offset, offset);
  }
  if (!ok) return invalid_isoformat(vm, args[1]);
  if (!check_date_fields(vm, f.y, f.m, f.d)) return Value::exception();
  if (!want_dt) return make_date(vm, cls, f.y, f.m, f.d);
  if (!finish_iso_time(vm, f, has_offset, offset)) return Value::exception();
  RootScope roots(vm);
  roots.add(f.tz);
  return make_datetime(vm, cls, f);
}

Value time_fromisoformat(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!isoformat_arg(vm, args, nargs, kwnames)) return Value::exception();
  Type* cls = class_arg(args[0]);
  IsoText t{as_str(args[1])->view()};
  t.eat('T');
  Fields f;
  bool has_offset;
  __int128 offset = 0;
  if (!parse_iso_time(t, f, has_offset, offset)) return invalid_isoformat(vm, args[1]);
  if (!finish_iso_time(vm, f, has_offset, offset)) return Value::exception();
  RootScope roots(vm);
  roots.add(f.tz);
  return make_time(vm, cls, f);
}

// ---------------------------------------------------------------- datetime

Value datetime_constructor(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  std::string_view state;
  if (pickle_state_arg(args, nargs, kwnames, 10, true, state) && (state_byte(state, 2) & 0x7f) >= 1 &&
      (state_byte(state, 2) & 0x7f) <= 12) {
    Fields f;
    unpack_date_state(state, f);
    unpack_time_state(state, 4, f);
    f.fold = state_byte(state, 2) >> 7;
    if (!check_date_fields(vm, f.y, f.m, f.d) || !check_time_fields(vm, f.hh, f.mi, f.ss, f.us) ||
        !state_tzinfo(vm, args, nargs, f.tz)) {
      return Value::exception();
    }
    return make_datetime(vm, nullptr, f);
  }
  Value a[9];
  if (!kDatetimeArgs.parse(vm, args, nargs, kwnames, a)) {
    return Value::exception();
  }
  int f[7];
  for (int i = 0; i < 7; ++i) {
    if (!int_arg(vm, a[i], 0, f[i])) return Value::exception();
  }
  if (!check_date_fields(vm, f[0], f[1], f[2]) || !check_time_fields(vm, f[3], f[4], f[5], f[6])) {
    return Value::exception();
  }
  Fields nf{f[0], f[1], f[2], f[3], f[4], f[5], f[6], 0, a[7]};
  if (!tzinfo_arg(vm, a[7]) || !fold_arg(vm, a[8], 0, nf.fold)) return Value::exception();
  return make_datetime(vm, nullptr, nf);
}

Fields fields_from_tm(const tm& t, int us) {
  // A leap second (tm_sec == 60) is clamped, as CPython does.
  return {t.tm_year + 1900, t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec > 59 ? 59 : t.tm_sec, us};
}

// An instance of `cls` for the UTC time `t`: naive, or converted to `tz`
// by tz.fromutc() (CPython's datetime_best_possible / from_timestamp).
Value datetime_from_utc_tm(VM& vm, Type* cls, const tm& t, int us, Value tz) {
  Fields f = fields_from_tm(t, us);
  if (tz.is_null() || tz.is_none()) return make_datetime(vm, cls, f);
  f.tz = tz;
  Value utc = make_datetime(vm, cls, f);
  if (utc.is_exception()) return utc;
  RootScope roots(vm);
  roots.add(utc);
  return vm.call_method(tz, vm.intern("fromutc"), &utc, 1);
}

// now(tz=None), today(), utcnow() on class `cls`.
Value datetime_now_on(VM& vm, Value cls, Value tz, bool utc) {
  tm t{};
  int us;
  bool local = !utc && (tz.is_null() || tz.is_none());
  now_fields(vm, !local, t, us);
  if (local) return make_datetime(vm, class_arg(cls), fields_from_tm(t, us));
  return datetime_from_utc_tm(vm, class_arg(cls), t, us, utc ? Value::null() : tz);
}

Value datetime_now(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[1];
  if (!kNowArgs.parse(vm, args + 1, nargs - 1, kwnames, a) || !tzinfo_arg(vm, a[0])) {
    return Value::exception();
  }
  return datetime_now_on(vm, args[0], a[0], false);
}

Value datetime_today(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_args(vm, args, "today", nargs, kwnames, "datetime")) return Value::exception();
  return datetime_now_on(vm, args[0], Value::null(), false);
}

Value datetime_utcnow(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_args(vm, args, "utcnow", nargs, kwnames, "datetime")) return Value::exception();
  return datetime_now_on(vm, args[0], Value::null(), true);
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
    vm.raise_fmt(vm.types.TypeError, "'%s' object cannot be interpreted as an integer", type_name(vm, v));
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
    a[1] = Value::null();
  } else if (!kFromtimestampArgs.parse(vm, args + 1, nargs - 1, kwnames, a) ||
             !tzinfo_arg(vm, a[1])) {
    return Value::exception();
  }
  time_t secs;
  int us;
  if (!timestamp_arg(vm, a[0], secs, us)) return Value::exception();
  bool local = !utc && (a[1].is_null() || a[1].is_none());
  tm t{};
  if (!(local ? localtime_r(&secs, &t) : gmtime_r(&secs, &t)) || t.tm_year + 1900 < 1 ||
      t.tm_year + 1900 > kMaxYear) {
    return vm.raise(vm.types.ValueError, "year is out of range");
  }
  if (local) return make_datetime(vm, class_arg(args[0]), fields_from_tm(t, us));
  return datetime_from_utc_tm(vm, class_arg(args[0]), t, us, a[1]);
}

Value datetime_fromtimestamp(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return from_timestamp(vm, args, nargs, kwnames, false);
}

Value datetime_utcfromtimestamp(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return from_timestamp(vm, args, nargs, kwnames, true);
}

// Seconds since the epoch of a naive datetime read as local time.
time_t local_seconds(const DateObj* o) {
  tm t{};
  t.tm_year = o->year - 1900;
  t.tm_mon = o->month - 1;
  t.tm_mday = o->day;
  t.tm_hour = o->hour;
  t.tm_min = o->minute;
  t.tm_sec = o->second;
  t.tm_isdst = -1;
  return mktime(&t);
}

constexpr __int128 kEpochUs = static_cast<__int128>(719162) * kUsPerDay;  // 1970-01-01 since 0001-01-01

Value datetime_timestamp(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_datetime, "datetime", "timestamp");
  if (!o || !no_args(vm, args, "timestamp", nargs, kwnames)) return Value::exception();
  bool has;
  __int128 off;
  if (!utcoffset_of(vm, args[0], has, off)) return Value::exception();
  if (!has) return Value::from_double(static_cast<double>(local_seconds(o)) + o->us / 1e6);
  // As timedelta.total_seconds(): exact operands, one rounding.
  __int128 us = datetime_us(o) - off - kEpochUs;
  return Value::from_double(static_cast<double>(static_cast<long double>(us) / 1e6L));
}

// The local zone at `secs` since the epoch, as timezone(offset, name).
Value local_timezone_at(VM& vm, time_t secs) {
  tm t{};
  if (!localtime_r(&secs, &t)) return vm.raise(vm.types.OverflowError, "timestamp out of range for platform time_t");
  DtTypes types;
  if (!dt_types(vm, types)) return Value::exception();
  if (types.timezone.is_null()) return vm.raise(vm.types.RuntimeError, "datetime.timezone is missing");
  RootScope roots(vm);
  Value delta = roots.add(new_delta(vm, types.delta, static_cast<__int128>(t.tm_gmtoff) * kUsPerSecond));
  Value name = roots.add(vm.str_value(t.tm_zone ? t.tm_zone : ""));
  return vm.call2(types.timezone, delta, name);
}

// datetime.astimezone(tz=None): the same UTC time in `tz` (the local zone
// when None); a naive datetime is taken as local time.
Value datetime_astimezone(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_datetime, "datetime", "astimezone");
  Value a[1];
  if (!o || !kAstimezoneArgs.parse(vm, args + 1, nargs - 1, kwnames, a)) return Value::exception();
  Value tz = a[0].is_null() ? Value::none() : a[0];
  if (!tzinfo_arg(vm, tz)) return Value::exception();
  bool has;
  __int128 off;
  if (!utcoffset_of(vm, args[0], has, off)) return Value::exception();
  __int128 utc;
  if (has) {
    if (o->tzinfo.raw() == tz.raw()) return args[0];
    utc = datetime_us(o) - off;
  } else {
    utc = static_cast<__int128>(local_seconds(o)) * kUsPerSecond + o->us + kEpochUs;
  }
  RootScope roots(vm);
  if (tz.is_none()) {
    __int128 secs = (utc - kEpochUs) / kUsPerSecond - ((utc - kEpochUs) % kUsPerSecond < 0 ? 1 : 0);
    tz = roots.add(local_timezone_at(vm, static_cast<time_t>(secs)));
    if (tz.is_exception()) return tz;
  }
  Value result = roots.add(datetime_from_us(vm, vm.type_of(args[0]), utc, tz));
  if (result.is_exception()) return result;
  return vm.call_method(tz, vm.intern("fromutc"), &result, 1);
}

// utcoffset(), dst(), tzname() of a datetime or time.
Value offset_method(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* method) {
  if (nargs < 1 || !(is_datetime(args[0]) || is_time(args[0]))) {
    return vm.raise_fmt(vm.types.TypeError, "descriptor '%s' needs a datetime or time", method);
  }
  if (!no_args(vm, args, method, nargs, kwnames)) return Value::exception();
  DateObj* o = as_date(args[0]);
  Value arg = is_time(args[0]) ? Value::none() : args[0];
  if (method[0] == 't') return call_tzname(vm, o->tzinfo, arg);
  bool has;
  __int128 us;
  if (!call_offset(vm, o->tzinfo, method, arg, has, us)) return Value::exception();
  return has ? make_delta(vm, us) : Value::none();
}

Value dt_utcoffset(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return offset_method(vm, args, nargs, kwnames, "utcoffset");
}
Value dt_dst(VM& vm, Value* args, int nargs, Tuple* kwnames) { return offset_method(vm, args, nargs, kwnames, "dst"); }
Value dt_tzname(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return offset_method(vm, args, nargs, kwnames, "tzname");
}

Value datetime_date(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_datetime, "datetime", "date");
  if (!o || !no_args(vm, args, "date", nargs, kwnames)) return Value::exception();
  return new_date(vm, o->year, o->month, o->day);
}

// datetime.time() (naive) and datetime.timetz() (with the tzinfo).
Value datetime_time_of(VM& vm, Value* args, int nargs, Tuple* kwnames, bool keep_tz) {
  const char* name = keep_tz ? "timetz" : "time";
  auto* o = self_arg<DateObj>(vm, args, nargs, is_datetime, "datetime", name);
  if (!o || !no_args(vm, args, name, nargs, kwnames)) return Value::exception();
  Fields f = fields_of(o);
  if (!keep_tz) f.tz = Value::null();
  return make_time(vm, nullptr, f);
}

Value datetime_time(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return datetime_time_of(vm, args, nargs, kwnames, false);
}
Value datetime_timetz(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return datetime_time_of(vm, args, nargs, kwnames, true);
}

Value datetime_combine(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[3];
  if (!kCombineArgs.parse(vm, args + 1, nargs - 1, kwnames, a)) {
    return Value::exception();
  }
  if (!is_date(a[0])) {
    return vm.raise_fmt(vm.types.TypeError, "combine() argument 1 must be datetime.date, not %s",
                        type_name(vm, a[0]));
  }
  if (!is_time(a[1])) {
    return vm.raise_fmt(vm.types.TypeError, "combine() argument 2 must be datetime.time, not %s",
                        type_name(vm, a[1]));
  }
  if (!tzinfo_arg(vm, a[2])) return Value::exception();
  DateObj *d = as_date(a[0]), *t = as_date(a[1]);
  Fields f = fields_of(t);
  f.y = d->year, f.m = d->month, f.d = d->day;
  if (!a[2].is_null()) f.tz = a[2];
  return make_datetime(vm, class_arg(args[0]), f);
}

// ---------------------------------------------------------------- time

Value time_constructor(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  std::string_view state;
  if (pickle_state_arg(args, nargs, kwnames, 6, true, state) && (state_byte(state, 0) & 0x7f) < 24) {
    Fields f;
    unpack_time_state(state, 0, f);
    f.fold = state_byte(state, 0) >> 7;
    if (!check_time_fields(vm, f.hh, f.mi, f.ss, f.us) || !state_tzinfo(vm, args, nargs, f.tz)) {
      return Value::exception();
    }
    return make_time(vm, nullptr, f);
  }
  Value a[6];
  if (!kTimeArgs.parse(vm, args, nargs, kwnames, a)) {
    return Value::exception();
  }
  int f[4];
  for (int i = 0; i < 4; ++i) {
    if (!int_arg(vm, a[i], 0, f[i])) return Value::exception();
  }
  Fields nf;
  nf.hh = f[0], nf.mi = f[1], nf.ss = f[2], nf.us = f[3], nf.tz = a[4];
  if (!check_time_fields(vm, f[0], f[1], f[2], f[3]) || !tzinfo_arg(vm, a[4]) || !fold_arg(vm, a[5], 0, nf.fold)) {
    return Value::exception();
  }
  return make_time(vm, nullptr, nf);
}

Value time_repr(VM& vm, Value self) {
  DateObj* o = as_date(self);
  char buf[64];
  int n = std::snprintf(buf, sizeof buf, "(%d, %d", o->hour, o->minute);
  if (o->second || o->us) n += std::snprintf(buf + n, sizeof buf - n, ", %d", o->second);
  if (o->us) std::snprintf(buf + n, sizeof buf - n, ", %d", o->us);
  return close_repr(vm, o, tp_name_of(vm, self) + buf);
}

Value time_str(VM& vm, Value self) {
  std::string offset;
  if (!offset_suffix(vm, self, offset)) return Value::exception();
  return vm.str_value(format_time(as_date(self), "auto") + offset);
}

Value time_getattr(VM& vm, Value self, Str* name) {
  Value v = time_field(as_date(self), name->view());
  return v.is_null() ? generic_getattr(vm, self, name, true) : v;
}

int time_setattr(VM& vm, Value self, Str* name, Value value) {
  for (const char* f : {"hour", "minute", "second", "microsecond", "tzinfo", "fold"}) {
    if (name->view() == f) {
      vm.raise_fmt(vm.types.AttributeError, "attribute '%s' of 'datetime.time' objects is not writable", f);
      return -1;
    }
  }
  return set_other_attr(vm, self, name, value);
}

Value time_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (is_time(a) && is_time(b)) return compare_aware(vm, a, b, op, "times");
  return compare_unsupported(vm, a, b, op);
}

bool time_hash(VM& vm, Value self, int64_t& out) { return hash_time_value(vm, self, out); }

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
  if (!o || !kTimeIsoformatArgs.parse(vm, args + 1, nargs - 1, kwnames, a)) return Value::exception();
  std::string spec = "auto";
  if (!a[0].is_null()) {
    if (!is_str(a[0])) return raise_bad_argument(vm, "isoformat", "1", "str", a[0]);
    spec = std::string(as_str(a[0])->view());
  }
  std::string text = format_time(o, spec.c_str());
  if (text.empty()) return vm.raise(vm.types.ValueError, "Unknown timespec value");
  std::string offset;
  if (!offset_suffix(vm, args[0], offset)) return Value::exception();
  return vm.str_value(text + offset);
}

Value time_strftime(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_time, "time", "strftime");
  Value a[1];
  if (!o || !kStrftimeArgs.parse(vm, args + 1, nargs - 1, kwnames, a)) return Value::exception();
  return strftime_impl(vm, args[0], a[0]);
}

Value time___format__(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_time, "time", "__format__");
  if (!o || !no_kwargs(vm, "__format__", kwnames) || !check_nargs(vm, "__format__", nargs - 1, 1, 1)) {
    return Value::exception();
  }
  if (!is_str(args[1])) return raise_bad_argument(vm, "__format__", "1", "str", args[1]);
  return date_format(vm, args[0], as_str(args[1]));
}

Value time_replace(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* o = self_arg<DateObj>(vm, args, nargs, is_time, "time", "replace");
  Value a[6];
  if (!o || !kTimeReplaceArgs.parse(vm, args + 1, nargs - 1, kwnames, a)) {
    return Value::exception();
  }
  int cur[4] = {o->hour, o->minute, o->second, o->us}, f[4];
  for (int i = 0; i < 4; ++i) {
    if (!int_arg(vm, a[i], cur[i], f[i])) return Value::exception();
  }
  Fields nf;
  nf.hh = f[0], nf.mi = f[1], nf.ss = f[2], nf.us = f[3], nf.tz = a[4].is_null() ? o->tzinfo : a[4];
  if (!check_time_fields(vm, f[0], f[1], f[2], f[3]) || !tzinfo_arg(vm, a[4]) || !fold_arg(vm, a[5], o->fold, nf.fold)) {
    return Value::exception();
  }
  return with_class_of(make_time(vm, nullptr, nf), args[0], vm);
}

// ---------------------------------------------------------------- module

// (class, constructor arguments) for copy and pickle, as CPython's: a
// timedelta's three fields; a date's, time's or datetime's packed state
// (pack_state), then its tzinfo if it has one. The fold is kept for
// protocols above 3 only, as CPython does.
Value dt_reduce_for(VM& vm, Value self, int protocol) {
  RootScope roots(vm);
  Tuple* fields;
  if (is_delta(self)) {
    DeltaObj* d = as_delta(self);
    fields = vm.tuple_of({vm.make_int(d->days), Value::small_int(d->seconds), Value::small_int(d->us)});
  } else {
    Fields f = fields_of(as_date(self));
    bool time_part = is_time(self) || is_datetime(self);
    bool fold = time_part && protocol > 3 && f.fold;
    Value state = roots.add(Value::object(bytes_new(vm, pack_state(f, !is_time(self), time_part, fold))));
    fields = f.tz.is_null() || f.tz.is_none() || !time_part ? vm.tuple_of({state}) : vm.tuple_of({state, f.tz});
  }
  roots.add(Value::object(fields));
  return Value::object(vm.tuple_of({Value::object(vm.type_of(self)), Value::object(fields)}));
}

bool is_dt_value(Value v) { return is_delta(v) || is_date(v) || is_time(v); }

Value dt_reduce(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (nargs < 1 || !is_dt_value(args[0])) {
    return vm.raise(vm.types.TypeError, "descriptor '__reduce__' needs a datetime object");
  }
  if (!no_args(vm, args, "__reduce__", nargs, kwnames)) return Value::exception();
  return dt_reduce_for(vm, args[0], 2);
}

// __reduce_ex__(protocol) of time and datetime: the fold rides along from
// protocol 4.
Value dt_reduce_ex(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (nargs < 1 || !is_dt_value(args[0])) {
    return vm.raise(vm.types.TypeError, "descriptor '__reduce_ex__' needs a datetime object");
  }
  if (!no_kwargs(vm, "__reduce_ex__", kwnames) || !check_nargs(vm, "__reduce_ex__", nargs - 1, 1, 1)) {
    return Value::exception();
  }
  int64_t protocol;
  Value p = index_to_int(vm, args[1]);
  if (p.is_exception() || !vm.index_value(p, protocol)) return Value::exception();
  return dt_reduce_for(vm, args[0], static_cast<int>(protocol));
}

// date.__new__(cls, ...) and the others' (so a subclass's __new__ can call
// super().__new__): the base type's constructor, retagged as `cls`.
Value dt_dunder_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Type* cls = nargs >= 1 ? class_arg(args[0]) : nullptr;
  if (!cls) return vm.raise(vm.types.TypeError, "datetime.__new__(X): X is not a type object");
  DtTypes t;
  if (!dt_types(vm, t)) return Value::exception();
  Type* base = nullptr;
  for (Type* candidate : {t.datetime, t.date, t.time, t.delta}) {
    if (vm.is_subtype(cls, candidate)) {
      base = candidate;
      break;
    }
  }
  if (!base) {
    return vm.raise_fmt(vm.types.TypeError, "datetime.__new__(%s): %s is not a datetime type", cls->name->data,
                        cls->name->data);
  }
  Value v = base->constructor(vm, args + 1, nargs - 1, kwnames);
  if (!v.is_exception()) v.as_obj()->type = cls;
  return v;
}

Type* new_dt_type(VM& vm, Module* m, const char* name, Type* base, NativeFn ctor) {
  Type* t = vm.new_type(name, base, ObjKind::Foreign, ctor);
  add_static_method(vm, t, "__new__", dt_dunder_new);
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
  t->slots.number_ops = op_bit(BinaryOp::Add) | op_bit(BinaryOp::Sub) | op_bit(BinaryOp::Mul) |
                        op_bit(BinaryOp::TrueDiv) | op_bit(BinaryOp::FloorDiv) | op_bit(BinaryOp::Mod);
  add_wrapper_method(vm, t, "__abs__", timedelta_abs);
  add_wrapper_method(vm, t, "__divmod__", timedelta_divmod);
  add_slot_wrappers(vm, t);
  inherit_slots(t);
  add_method(vm, t, "total_seconds", timedelta_total_seconds);
  add_method(vm, t, "__reduce__", dt_reduce);
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
  t->slots.number_ops = op_bit(BinaryOp::Add) | op_bit(BinaryOp::Sub);
  t->slots.compare = date_compare;
  t->slots.hash = date_hash;
  t->slots.format = date_format;
}

Type* init_date_type(VM& vm, Module* m, Type* delta) {
  Type* t = new_dt_type(vm, m, "date", vm.types.object, date_constructor);
  set_date_slots(t);
  add_slot_wrappers(vm, t);
  inherit_slots(t);
  static constexpr struct {
    const char* name;
    NativeFn fn;
  } kMethods[] = {{"strftime", date_strftime},   {"__format__", date___format__}, {"isoformat", date_isoformat},
                  {"weekday", date_weekday},     {"isoweekday", date_isoweekday}, {"toordinal", date_toordinal},
                  {"ctime", date_ctime},         {"replace", date_replace},
                  {"isocalendar", date_isocalendar}, {"timetuple", date_timetuple}};
  for (const auto& e : kMethods) add_method(vm, t, e.name, e.fn);
  add_method(vm, t, "__reduce__", dt_reduce);
  add_class_method(vm, t, "today", date_today);
  add_class_method(vm, t, "fromordinal", date_fromordinal);
  add_class_method(vm, t, "fromisoformat", date_fromisoformat);
  add_class_method(vm, t, "fromisocalendar", date_fromisocalendar);
  vm.set_global(t->dict, "min", new_date_obj(vm, t, &kDateClass, Fields{1, 1, 1}));
  vm.set_global(t->dict, "max", new_date_obj(vm, t, &kDateClass, Fields{kMaxYear, 12, 31}));
  vm.set_global(t->dict, "resolution", new_delta(vm, delta, kUsPerDay));
  return t;
}

Type* init_datetime_type(VM& vm, Module* m, Type* date, Type* delta) {
  Type* t = new_dt_type(vm, m, "datetime", date, datetime_constructor);
  set_date_slots(t);
  inherit_slots(t);
  add_method(vm, t, "timestamp", datetime_timestamp);
  add_method(vm, t, "__reduce_ex__", dt_reduce_ex);
  add_method(vm, t, "date", datetime_date);
  add_method(vm, t, "time", datetime_time);
  add_method(vm, t, "timetz", datetime_timetz);
  add_method(vm, t, "astimezone", datetime_astimezone);
  add_method(vm, t, "utctimetuple", datetime_utctimetuple);
  add_method(vm, t, "utcoffset", dt_utcoffset);
  add_method(vm, t, "dst", dt_dst);
  add_method(vm, t, "tzname", dt_tzname);
  add_class_method(vm, t, "now", datetime_now);
  add_class_method(vm, t, "today", datetime_today);
  add_class_method(vm, t, "utcnow", datetime_utcnow);
  add_class_method(vm, t, "fromtimestamp", datetime_fromtimestamp);
  add_class_method(vm, t, "utcfromtimestamp", datetime_utcfromtimestamp);
  add_class_method(vm, t, "combine", datetime_combine);
  add_class_method(vm, t, "strptime", datetime_strptime);
  vm.set_global(t->dict, "min", new_date_obj(vm, t, &kDateTimeClass, Fields{1, 1, 1}));
  vm.set_global(t->dict, "max",
                new_date_obj(vm, t, &kDateTimeClass, Fields{kMaxYear, 12, 31, 23, 59, 59, 999999}));
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
  add_slot_wrappers(vm, t);
  inherit_slots(t);
  add_method(vm, t, "isoformat", time_isoformat);
  add_method(vm, t, "strftime", time_strftime);
  add_method(vm, t, "__format__", time___format__);
  add_method(vm, t, "replace", time_replace);
  add_method(vm, t, "__reduce__", dt_reduce);
  add_method(vm, t, "__reduce_ex__", dt_reduce_ex);
  add_method(vm, t, "utcoffset", dt_utcoffset);
  add_method(vm, t, "dst", dt_dst);
  add_method(vm, t, "tzname", dt_tzname);
  add_class_method(vm, t, "fromisoformat", time_fromisoformat);
  vm.set_global(t->dict, "min", new_date_obj(vm, t, &kTimeClass, Fields{}));
  vm.set_global(t->dict, "max", new_date_obj(vm, t, &kTimeClass, Fields{1900, 1, 1, 23, 59, 59, 999999}));
  vm.set_global(t->dict, "resolution", new_delta(vm, delta, 1));
  return t;
}

// _install_tz(tzinfo, timezone, utc): datetime.py hands over its classes.
Value datetime_install_tz(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "_install_tz", kwnames) || !check_nargs(vm, "_install_tz", nargs, 3, 3)) {
    return Value::exception();
  }
  if (!args[0].is_obj() || args[0].as_obj()->kind != ObjKind::Type) {
    return vm.raise(vm.types.TypeError, "_install_tz() argument 1 must be a class");
  }
  Value m = vm.modules ? dict_get_str(vm.modules, vm.intern("_datetime")) : Value::null();
  if (!m.is_obj() || m.as_obj()->kind != ObjKind::Module) {
    return vm.raise(vm.types.RuntimeError, "the _datetime module is no longer in sys.modules");
  }
  Dict* d = static_cast<Module*>(m.as_obj())->dict;
  vm.set_global(d, "tzinfo", args[0]);
  vm.set_global(d, "timezone", args[1]);
  vm.set_global(d, "_utc", args[2]);
  return Value::none();
}

}  // namespace

Module* init_datetime_module(VM& vm) {
  RootScope roots(vm);
  Module* m = roots.add(vm.new_module(vm.intern("_datetime")));
  Type* delta = init_delta_type(vm, m);
  Type* date = init_date_type(vm, m, delta);
  init_datetime_type(vm, m, date, delta);
  init_time_type(vm, m, delta);
  vm.set_global(m->dict, "IsoCalendarDate",
                Value::object(new_struct_seq_type(vm, "datetime", "IsoCalendarDate", {"year", "week", "weekday"})));
  vm.set_global(m->dict, "MINYEAR", Value::small_int(1));
  vm.set_global(m->dict, "MAXYEAR", Value::small_int(kMaxYear));
  add_function(vm, m->dict, "_install_tz", datetime_install_tz);
  return m;
}

}  // namespace coil::vm
