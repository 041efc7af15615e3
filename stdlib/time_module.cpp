// The `time` module: clocks, an interruptible sleep, and the calendar
// functions (gmtime, localtime, mktime, strftime, asctime, ctime) over
// time.struct_time.
//
// Every clock read goes through clock_now_ns(), so a virtual clock can be
// substituted in one place.
#include <cerrno>
#include <cmath>
#include <ctime>
#include <string>

#include "stdlib/stdlib.hpp"
#include "vm/interrupt.hpp"
#include "vm/limits.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

static int64_t real_clock_ns(ClockKind kind);

// Under virtual time the clocks start from fixed instants, so runs are
// reproducible, and move only when the program sleeps: the wall clock from
// 2019-02-05 10:01:56 UTC (the tutorial's first timestamp), the monotonic one
// from 10000 s.
constexpr int64_t kVirtualRealtimeStartNs = 1549360916LL * 1000000000;
constexpr int64_t kVirtualMonotonicStartNs = 10000LL * 1000000000;

int64_t clock_now_ns(VM& vm, ClockKind kind) {
  if (!vm.options.virtual_time || kind == ClockKind::ProcessTime) return real_clock_ns(kind);
  int64_t base = kind == ClockKind::Realtime ? kVirtualRealtimeStartNs : kVirtualMonotonicStartNs;
  return base + vm.virtual_elapsed_ns;
}

static int64_t real_clock_ns(ClockKind kind) {
  clockid_t id = CLOCK_REALTIME;
  switch (kind) {
    case ClockKind::Realtime: id = CLOCK_REALTIME; break;
    case ClockKind::Monotonic: id = CLOCK_MONOTONIC; break;
    case ClockKind::PerfCounter: id = CLOCK_MONOTONIC; break;
    case ClockKind::ProcessTime: id = CLOCK_PROCESS_CPUTIME_ID; break;
  }
  timespec ts{};
  clock_gettime(id, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double clock_now(VM& vm, ClockKind kind) {
  return static_cast<double>(clock_now_ns(vm, kind)) / 1e9;
}

namespace {

// Argument counts checked as PyArg_ParseTuple words them ("gmtime() takes at
// most 1 argument (2 given)"), for the functions CPython parses that way.
bool tuple_style_nargs(VM& vm, const char* fname, int nargs, Tuple* kwnames, int min, int max) {
  if (!no_kwargs(vm, fname, kwnames)) return false;
  if (nargs < min) {
    vm.raise_fmt(vm.types.TypeError, "%s() takes at least %d argument%s (%d given)", fname, min,
                 min == 1 ? "" : "s", nargs);
    return false;
  }
  if (nargs > max) {
    vm.raise_fmt(vm.types.TypeError, "%s() takes at most %d argument%s (%d given)", fname, max,
                 max == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

Value clock_seconds(VM& vm, int nargs, Tuple* kwnames, const char* name, ClockKind kind) {
  if (!no_kwargs(vm, name, kwnames) || !check_nargs(vm, name, nargs, 0, 0)) {
    return Value::exception();
  }
  return Value::from_double(clock_now(vm, kind));
}

Value clock_nanoseconds(VM& vm, int nargs, Tuple* kwnames, const char* name, ClockKind kind) {
  if (!no_kwargs(vm, name, kwnames) || !check_nargs(vm, name, nargs, 0, 0)) {
    return Value::exception();
  }
  return vm.make_int(clock_now_ns(vm, kind));
}

Value time_time(VM& vm, Value*, int nargs, Tuple* kwnames) {
  return clock_seconds(vm, nargs, kwnames, "time.time", ClockKind::Realtime);
}
Value time_time_ns(VM& vm, Value*, int nargs, Tuple* kwnames) {
  return clock_nanoseconds(vm, nargs, kwnames, "time.time_ns", ClockKind::Realtime);
}
Value time_monotonic(VM& vm, Value*, int nargs, Tuple* kwnames) {
  return clock_seconds(vm, nargs, kwnames, "time.monotonic", ClockKind::Monotonic);
}
Value time_monotonic_ns(VM& vm, Value*, int nargs, Tuple* kwnames) {
  return clock_nanoseconds(vm, nargs, kwnames, "time.monotonic_ns", ClockKind::Monotonic);
}
Value time_perf_counter(VM& vm, Value*, int nargs, Tuple* kwnames) {
  return clock_seconds(vm, nargs, kwnames, "time.perf_counter", ClockKind::PerfCounter);
}
Value time_perf_counter_ns(VM& vm, Value*, int nargs, Tuple* kwnames) {
  return clock_nanoseconds(vm, nargs, kwnames, "time.perf_counter_ns", ClockKind::PerfCounter);
}
Value time_process_time(VM& vm, Value*, int nargs, Tuple* kwnames) {
  return clock_seconds(vm, nargs, kwnames, "time.process_time", ClockKind::ProcessTime);
}
Value time_process_time_ns(VM& vm, Value*, int nargs, Tuple* kwnames) {
  return clock_nanoseconds(vm, nargs, kwnames, "time.process_time_ns", ClockKind::ProcessTime);
}

// Converts a number of seconds (int or float) as CPython's
// _PyTime_FromSecondsObject does; false with the error pending.
bool seconds_arg(VM& vm, Value v, double& out) {
  if (v.is_double()) {
    out = v.as_double();
    if (std::isnan(out)) {
      vm.raise(vm.types.ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    return true;
  }
  Value i = index_to_int(vm, v);
  if (i.is_exception()) return false;
  int64_t n;
  if (!vm.index_value(i, n, /*clamp=*/true)) return false;
  if (n > INT64_MAX / 1000000000 || n < INT64_MIN / 1000000000) {
    vm.raise(vm.types.OverflowError, "timestamp too large to convert to C _PyTime_t");
    return false;
  }
  out = static_cast<double>(n);
  return true;
}

// Sleeps in slices of at most 50 ms so that an interrupt request (Ctrl-C,
// or the host stopping the VM) raises KeyboardInterrupt promptly.
Value time_sleep(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "time.sleep", kwnames) || !check_nargs(vm, "time.sleep", nargs, 1, 1)) {
    return Value::exception();
  }
  double secs;
  if (!seconds_arg(vm, args[0], secs)) return Value::exception();
  if (secs < 0) return vm.raise(vm.types.ValueError, "sleep length must be non-negative");
  if (secs * 1e9 > static_cast<double>(INT64_MAX / 2)) {
    return vm.raise(vm.types.OverflowError, "timestamp too large to convert to C _PyTime_t");
  }
  if (vm.options.virtual_time) {
    vm.virtual_elapsed_ns += static_cast<int64_t>(secs * 1e9);
    return Value::none();
  }
  constexpr int64_t kSliceNs = 50 * 1000000;
  int64_t deadline = clock_now_ns(vm, ClockKind::Monotonic) + static_cast<int64_t>(secs * 1e9);
  for (;;) {
    // (A SIGINT handler that returns lets the sleep go on, as PEP 475 says.)
    if (!poll_limits_waiting(vm)) return Value::exception();
    int64_t remaining = deadline - clock_now_ns(vm, ClockKind::Monotonic);
    if (remaining <= 0) break;
    int64_t slice = remaining < kSliceNs ? remaining : kSliceNs;
    timespec ts{static_cast<time_t>(slice / 1000000000), static_cast<long>(slice % 1000000000)};
    nanosleep(&ts, nullptr);  // EINTR just ends this slice early
  }
  return Value::none();
}

// ---------------------------------------------------------------- struct_time

// time.struct_time lives in the time module's dict; the functions find it
// through sys.modules (no per-process state).
Type* struct_time_type(VM& vm) {
  if (!vm.modules) return nullptr;
  Value m = dict_get_str(vm.modules, vm.intern("time"));
  if (!m.is_obj() || m.as_obj()->kind != ObjKind::Module) return nullptr;
  Value t = dict_get_str(static_cast<Module*>(m.as_obj())->dict, vm.intern("struct_time"));
  if (!t.is_obj() || t.as_obj()->kind != ObjKind::Type) return nullptr;
  return static_cast<Type*>(t.as_obj());
}

Value tm_to_struct_time(VM& vm, const tm& t) {
  auto i = [](int v) { return Value::small_int(v); };
  std::initializer_list<Value> items = {
      i(t.tm_year + 1900), i(t.tm_mon + 1), i(t.tm_mday), i(t.tm_hour), i(t.tm_min),
      i(t.tm_sec), i((t.tm_wday + 6) % 7), i(t.tm_yday + 1), i(t.tm_isdst)};
  if (Type* type = struct_time_type(vm)) return new_struct_seq(vm, type, items);
  Tuple* tup = vm.new_tuple(9);
  uint32_t k = 0;
  for (Value v : items) tup->items[k++] = v;
  return Value::object(tup);
}

// A struct_time or 9-tuple as a struct tm (CPython's gettmarg).
bool tuple_to_tm(VM& vm, Value v, tm& out, const char* fname) {
  if (!v.is_obj() || v.as_obj()->kind != ObjKind::Tuple) {
    vm.raise_fmt(vm.types.TypeError, "Tuple or struct_time argument required");
    return false;
  }
  auto* t = static_cast<Tuple*>(v.as_obj());
  if (t->size != 9) {
    vm.raise_fmt(vm.types.TypeError, "%s(): illegal time tuple argument", fname);
    return false;
  }
  int64_t f[9];
  for (int k = 0; k < 9; ++k) {
    if (!vm.index_value(t->items[k], f[k])) return false;
  }
  out = tm{};
  out.tm_year = static_cast<int>(f[0] - 1900);
  out.tm_mon = static_cast<int>(f[1] - 1);
  out.tm_mday = static_cast<int>(f[2]);
  out.tm_hour = static_cast<int>(f[3]);
  out.tm_min = static_cast<int>(f[4]);
  out.tm_sec = static_cast<int>(f[5]);
  out.tm_wday = static_cast<int>((f[6] + 1) % 7);
  out.tm_yday = static_cast<int>(f[7] - 1);
  out.tm_isdst = static_cast<int>(f[8]);
  return true;
}

// Optional seconds argument of gmtime/localtime/ctime: now when absent/None
// (CPython's _PyTime_ObjectToTime_t, rounding floats toward -inf).
bool time_t_arg(VM& vm, Value* args, int nargs, time_t& out) {
  if (nargs == 0 || args[0].is_none()) {
    out = static_cast<time_t>(clock_now_ns(vm, ClockKind::Realtime) / 1000000000);
    return true;
  }
  Value v = args[0];
  if (v.is_double()) {
    double d = v.as_double();
    if (std::isnan(d)) {
      vm.raise(vm.types.ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    d = std::floor(d);
    if (!(d >= -9.2e18 && d <= 9.2e18)) {
      vm.raise(vm.types.OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    out = static_cast<time_t>(d);
    return true;
  }
  Value i = index_to_int(vm, v);
  if (i.is_exception()) return false;
  int64_t n;
  if (!vm.index_value(i, n)) {
    vm.take_pending();
    vm.raise(vm.types.OverflowError, "timestamp out of range for platform time_t");
    return false;
  }
  out = static_cast<time_t>(n);
  return true;
}

Value convert_time(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, bool local) {
  if (!tuple_style_nargs(vm, name, nargs, kwnames, 0, 1)) return Value::exception();
  time_t when;
  if (!time_t_arg(vm, args, nargs, when)) return Value::exception();
  tm t{};
  if (!(local ? localtime_r(&when, &t) : gmtime_r(&when, &t))) {
    return vm.raise(vm.types.OverflowError, "timestamp out of range for platform time_t");
  }
  return tm_to_struct_time(vm, t);
}

Value time_gmtime(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return convert_time(vm, args, nargs, kwnames, "gmtime", false);
}

Value time_localtime(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return convert_time(vm, args, nargs, kwnames, "localtime", true);
}

Value time_mktime(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "time.mktime", kwnames) || !check_nargs(vm, "time.mktime", nargs, 1, 1)) {
    return Value::exception();
  }
  tm t{};
  if (!tuple_to_tm(vm, args[0], t, "mktime")) return Value::exception();
  t.tm_wday = -1;  // mktime leaves it alone on failure
  time_t r = mktime(&t);
  if (r == static_cast<time_t>(-1) && t.tm_wday == -1) {
    return vm.raise(vm.types.OverflowError, "mktime argument out of range");
  }
  return Value::from_double(static_cast<double>(r));
}

// The struct tm for strftime/asctime: the given tuple, or localtime() now.
bool tm_arg(VM& vm, Value* args, int nargs, int index, const char* fname, tm& out) {
  if (nargs > index) return tuple_to_tm(vm, args[index], out, fname);
  time_t now = static_cast<time_t>(clock_now_ns(vm, ClockKind::Realtime) / 1000000000);
  localtime_r(&now, &out);
  return true;
}

Value time_strftime(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!tuple_style_nargs(vm, "strftime", nargs, kwnames, 1, 2)) return Value::exception();
  if (!is_str(args[0])) return raise_bad_argument(vm, "strftime", "1", "str", args[0]);
  tm t{};
  if (!tm_arg(vm, args, nargs, 1, "strftime", t)) return Value::exception();
  // Normalise zero fields as CPython does before calling strftime.
  if (t.tm_mon == -1) t.tm_mon = 0;
  if (t.tm_mday == 0) t.tm_mday = 1;
  if (t.tm_yday == -1) t.tm_yday = 0;
  if (t.tm_mon < 0 || t.tm_mon > 11) return vm.raise(vm.types.ValueError, "month out of range");
  if (t.tm_mday < 0 || t.tm_mday > 31) return vm.raise(vm.types.ValueError, "day of month out of range");
  if (t.tm_hour < 0 || t.tm_hour > 23) return vm.raise(vm.types.ValueError, "hour out of range");
  if (t.tm_min < 0 || t.tm_min > 59) return vm.raise(vm.types.ValueError, "minute out of range");
  if (t.tm_sec < 0 || t.tm_sec > 61) return vm.raise(vm.types.ValueError, "seconds out of range");
  if (t.tm_wday < 0) return vm.raise(vm.types.ValueError, "day of week out of range");
  if (t.tm_yday < 0 || t.tm_yday > 365) return vm.raise(vm.types.ValueError, "day of year out of range");
  std::string fmt(as_str(args[0])->view());
  if (fmt.empty()) return vm.str_value("");
  // strftime returns 0 both for "too small" and for an empty result: grow
  // the buffer a few times, then accept the empty result.
  for (size_t size = 256; size <= 256 * 1024; size *= 4) {
    std::string buf(size, '\0');
    size_t n = std::strftime(buf.data(), size, fmt.c_str(), &t);
    if (n > 0) return vm.str_value(std::string_view(buf.data(), n));
  }
  return vm.str_value("");
}

std::string format_asctime(const tm& t) {
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", kDays[((t.tm_wday % 7) + 7) % 7],
                kMonths[((t.tm_mon % 12) + 12) % 12], t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec,
                1900 + t.tm_year);
  return buf;
}

Value time_asctime(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "asctime", kwnames) || !check_nargs(vm, "asctime", nargs, 0, 1)) {
    return Value::exception();
  }
  tm t{};
  if (!tm_arg(vm, args, nargs, 0, "asctime", t)) return Value::exception();
  return vm.str_value(format_asctime(t));
}

Value time_ctime(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!tuple_style_nargs(vm, "ctime", nargs, kwnames, 0, 1)) return Value::exception();
  time_t when;
  if (!time_t_arg(vm, args, nargs, when)) return Value::exception();
  tm t{};
  if (!localtime_r(&when, &t)) {
    return vm.raise(vm.types.OverflowError, "timestamp out of range for platform time_t");
  }
  return vm.str_value(format_asctime(t));
}

}  // namespace

// time.strptime(string[, format]): parsed by stdlib/lib/_strptime.py.
Value time_strptime(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "strptime", kwnames) || !check_nargs(vm, "strptime", nargs, 1, 2)) return Value::exception();
  Value m = vm.import_module(vm.intern("_strptime"));
  if (m.is_exception()) return m;
  Value fn = dict_get_str(static_cast<Module*>(m.as_obj())->dict, vm.intern("_strptime_time"));
  if (fn.is_null()) return vm.raise(vm.types.RuntimeError, "_strptime._strptime_time is missing");
  return vm.call(fn, args, nargs);
}

Module* init_time_module(VM& vm) {
  Module* m = vm.new_module(vm.intern("time"));
  Dict* d = m->dict;
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  static constexpr Entry kFunctions[] = {
      {"time", time_time},
      {"time_ns", time_time_ns},
      {"monotonic", time_monotonic},
      {"monotonic_ns", time_monotonic_ns},
      {"perf_counter", time_perf_counter},
      {"perf_counter_ns", time_perf_counter_ns},
      {"process_time", time_process_time},
      {"process_time_ns", time_process_time_ns},
      {"sleep", time_sleep},
      {"gmtime", time_gmtime},
      {"localtime", time_localtime},
      {"mktime", time_mktime},
      {"strftime", time_strftime},
      {"strptime", time_strptime},
      {"asctime", time_asctime},
      {"ctime", time_ctime},
  };
  for (const Entry& e : kFunctions) add_function(vm, d, e.name, e.fn);
  Type* st = new_struct_seq_type(vm, "time", "struct_time",
                                 {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                                  "tm_wday", "tm_yday", "tm_isdst"});
  vm.set_global(d, "struct_time", Value::object(st));
  tzset();
  vm.set_global(d, "timezone", vm.make_int(::timezone));
  vm.set_global(d, "altzone", vm.make_int(::daylight ? ::timezone - 3600 : ::timezone));
  vm.set_global(d, "daylight", Value::small_int(::daylight));
  vm.set_global(d, "tzname",
                Value::object(vm.tuple_of({vm.str_value(::tzname[0]), vm.str_value(::tzname[1])})));
  return m;
}

}  // namespace coil::vm
