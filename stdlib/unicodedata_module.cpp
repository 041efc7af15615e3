// The `unicodedata` module on ICU (libicuuc): character names and lookup,
// general category, bidirectional class, combining class, East Asian width,
// mirroring, decomposition mappings, decimal/digit/numeric values, and the
// four normalization forms. ICU's Unicode version is Debian's (15.0 in
// Debian 12), one newer than CPython 3.11's 14.0; where CPython's tables give
// an unassigned code point fixed values ('' and 'F'), so does this module.
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uversion.h>

#include <cstdio>
#include <string>

#include "stdlib/stdlib.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

// The one character of `v`, or -1 with TypeError pending. (`which` is
// "argument 1" for the functions with a default, else "argument".)
int32_t char_arg(VM& vm, const char* fname, Value v, const char* which = "argument") {
  if (!is_str(v) || as_str(v)->length != 1) {
    vm.raise_fmt(vm.types.TypeError, "%s() %s must be a unicode character, not %s", fname, which,
                 type_name(vm, v));
    return -1;
  }
  Str* s = as_str(v);
  const char* p = s->data;
  return static_cast<int32_t>(utf8_decode(p, s->data + s->size));
}

bool unassigned(int32_t c) { return u_charType(c) == U_UNASSIGNED; }

const char* short_value_name(UProperty property, int32_t value) {
  const char* name = u_getPropertyValueName(property, value, U_SHORT_PROPERTY_NAME);
  return name ? name : "";
}

// A one-character function: fn(vm, c) once the argument is checked.
template <Value (*fn)(VM&, int32_t)>
Value char_function(VM& vm, const char* fname, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, fname, kwnames) || !check_nargs(vm, fname, nargs, 1, 1)) return Value::exception();
  int32_t c = char_arg(vm, fname, args[0]);
  if (c < 0) return Value::exception();
  return fn(vm, c);
}

Value category_of(VM& vm, int32_t c) {
  return vm.str_value(short_value_name(UCHAR_GENERAL_CATEGORY, u_charType(c)));
}

Value bidirectional_of(VM& vm, int32_t c) {
  if (unassigned(c)) return vm.str_value("");
  return vm.str_value(short_value_name(UCHAR_BIDI_CLASS, u_charDirection(c)));
}

Value combining_of(VM&, int32_t c) { return Value::small_int(u_getCombiningClass(c)); }

Value east_asian_width_of(VM& vm, int32_t c) {
  if (unassigned(c)) return vm.str_value("F");
  return vm.str_value(short_value_name(UCHAR_EAST_ASIAN_WIDTH, u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH)));
}

Value mirrored_of(VM&, int32_t c) { return Value::small_int(u_isMirrored(c) ? 1 : 0); }

// "<compat> 0066 0069": the tag of a compatibility mapping (none for a
// canonical one) and its code points. Hangul syllables, whose decomposition
// is algorithmic, give '' as in CPython.
Value decomposition_of(VM& vm, int32_t c) {
  int32_t type = u_getIntPropertyValue(c, UCHAR_DECOMPOSITION_TYPE);
  if (type == U_DT_NONE || unassigned(c) || (c >= 0xAC00 && c <= 0xD7A3)) return vm.str_value("");
  UErrorCode err = U_ZERO_ERROR;
  const UNormalizer2* nfkd = unorm2_getNFKDInstance(&err);
  UChar buf[64];
  int32_t n = U_SUCCESS(err) ? unorm2_getRawDecomposition(nfkd, c, buf, 64, &err) : -1;
  if (U_FAILURE(err) || n < 0) return vm.str_value("");
  std::string out;
  if (type != U_DT_CANONICAL) {
    // CPython's tags are ICU's long value names in lower case ("compat").
    const char* long_name = u_getPropertyValueName(UCHAR_DECOMPOSITION_TYPE, type, U_LONG_PROPERTY_NAME);
    std::string tag = long_name ? long_name : "";
    for (char& ch : tag) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (tag == "nobreak") tag = "noBreak";
    out = "<" + tag + ">";
  }
  for (int32_t i = 0; i < n;) {
    UChar32 cp;
    U16_NEXT(buf, i, n, cp);
    char hex[16];
    std::snprintf(hex, sizeof hex, "%s%04X", out.empty() ? "" : " ", static_cast<unsigned>(cp));
    out += hex;
  }
  return vm.str_value(out);
}

Value fn_category(VM& vm, Value* args, int nargs, Tuple* kw) {
  return char_function<category_of>(vm, "category", args, nargs, kw);
}
Value fn_bidirectional(VM& vm, Value* args, int nargs, Tuple* kw) {
  return char_function<bidirectional_of>(vm, "bidirectional", args, nargs, kw);
}
Value fn_combining(VM& vm, Value* args, int nargs, Tuple* kw) {
  return char_function<combining_of>(vm, "combining", args, nargs, kw);
}
Value fn_east_asian_width(VM& vm, Value* args, int nargs, Tuple* kw) {
  return char_function<east_asian_width_of>(vm, "east_asian_width", args, nargs, kw);
}
Value fn_mirrored(VM& vm, Value* args, int nargs, Tuple* kw) {
  return char_function<mirrored_of>(vm, "mirrored", args, nargs, kw);
}
Value fn_decomposition(VM& vm, Value* args, int nargs, Tuple* kw) {
  return char_function<decomposition_of>(vm, "decomposition", args, nargs, kw);
}

// name(chr[, default]), decimal(chr[, default]) and the others that fall
// back to a default: the character, or null with an error pending.
int32_t char_with_default(VM& vm, const char* fname, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, fname, kwnames) || !check_nargs(vm, fname, nargs, 1, 2)) return -1;
  return char_arg(vm, fname, args[0], "argument 1");
}

Value missing(VM& vm, Value* args, int nargs, const char* message) {
  if (nargs == 2) return args[1];
  return vm.raise(vm.types.ValueError, message);
}

// CPython 3.11's tables name no Tangut ideographs (its name() raises for
// them); ICU does. Kept as 3.11 has it.
bool tangut_ideograph(int32_t c) { return (c >= 0x17000 && c <= 0x187F7) || (c >= 0x18D00 && c <= 0x18D08); }

Value fn_name(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  int32_t c = char_with_default(vm, "name", args, nargs, kwnames);
  if (c < 0) return Value::exception();
  if (tangut_ideograph(c)) return missing(vm, args, nargs, "no such name");
  char buf[128];
  UErrorCode err = U_ZERO_ERROR;
  int32_t n = u_charName(c, U_UNICODE_CHAR_NAME, buf, sizeof buf, &err);
  if (U_FAILURE(err) || n <= 0) return missing(vm, args, nargs, "no such name");
  return vm.str_value(std::string_view(buf, static_cast<size_t>(n)));
}

Value fn_lookup(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "lookup", kwnames) || !check_nargs(vm, "lookup", nargs, 1, 1)) return Value::exception();
  if (!is_str(args[0])) {
    return vm.raise_fmt(vm.types.TypeError, "lookup() argument must be str, not %s", type_name(vm, args[0]));
  }
  std::string name(as_str(args[0])->view());
  for (char& ch : name) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  for (UCharNameChoice choice : {U_UNICODE_CHAR_NAME, U_CHAR_NAME_ALIAS}) {
    UErrorCode err = U_ZERO_ERROR;
    UChar32 c = u_charFromName(choice, name.c_str(), &err);
    if (U_SUCCESS(err) && !tangut_ideograph(c)) {
      std::string out;
      utf8_append(out, static_cast<uint32_t>(c));
      return vm.str_value(out);
    }
  }
  Value text = vm.str_value(std::string("undefined character name '") + std::string(as_str(args[0])->view()) + "'");
  return vm.raise_value(vm.new_exception_args(vm.types.KeyError, vm.tuple_of({text})));
}

Value fn_decimal(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  int32_t c = char_with_default(vm, "decimal", args, nargs, kwnames);
  if (c < 0) return Value::exception();
  if (u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE) != U_NT_DECIMAL) return missing(vm, args, nargs, "not a decimal");
  return Value::small_int(u_charDigitValue(c));
}

Value fn_digit(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  int32_t c = char_with_default(vm, "digit", args, nargs, kwnames);
  if (c < 0) return Value::exception();
  int32_t type = u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE);
  if (type != U_NT_DECIMAL && type != U_NT_DIGIT) return missing(vm, args, nargs, "not a digit");
  return Value::small_int(static_cast<int64_t>(u_getNumericValue(c)));
}

Value fn_numeric(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  int32_t c = char_with_default(vm, "numeric", args, nargs, kwnames);
  if (c < 0) return Value::exception();
  double v = u_getNumericValue(c);
  if (v == U_NO_NUMERIC_VALUE) return missing(vm, args, nargs, "not a numeric character");
  return Value::from_double(v);
}

// ---- normalization

const UNormalizer2* normalizer(VM& vm, Value form) {
  if (!is_str(form)) {
    vm.raise_fmt(vm.types.TypeError, "normalize() argument 1 must be str, not %s", type_name(vm, form));
    return nullptr;
  }
  std::string_view f = as_str(form)->view();
  UErrorCode err = U_ZERO_ERROR;
  const UNormalizer2* n = f == "NFC"    ? unorm2_getNFCInstance(&err)
                          : f == "NFD"  ? unorm2_getNFDInstance(&err)
                          : f == "NFKC" ? unorm2_getNFKCInstance(&err)
                          : f == "NFKD" ? unorm2_getNFKDInstance(&err)
                                        : nullptr;
  if (!n) {
    vm.raise(vm.types.ValueError, "invalid normalization form");
    return nullptr;
  }
  if (U_FAILURE(err)) {
    vm.raise_fmt(vm.types.RuntimeError, "ICU normalizer unavailable: %s", u_errorName(err));
    return nullptr;
  }
  return n;
}

// coil's UTF-8 (lone surrogates included) to UTF-16 and back.
std::u16string to_utf16(const Str* s) {
  std::u16string out;
  const char* p = s->data;
  const char* end = p + s->size;
  while (p < end) {
    uint32_t cp = utf8_decode(p, end);
    if (cp > 0xFFFF) {
      out += static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
      out += static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      out += static_cast<char16_t>(cp);
    }
  }
  return out;
}

std::string from_utf16(const char16_t* s, int32_t n) {
  std::string out;
  for (int32_t i = 0; i < n;) {
    UChar32 cp;
    U16_NEXT(s, i, n, cp);
    utf8_append(out, static_cast<uint32_t>(cp));
  }
  return out;
}

bool normalize_args(VM& vm, const char* fname, Value* args, int nargs, Tuple* kwnames, const UNormalizer2*& n) {
  if (!no_kwargs(vm, fname, kwnames) || !check_nargs(vm, fname, nargs, 2, 2)) return false;
  n = normalizer(vm, args[0]);
  if (!n) return false;
  if (!is_str(args[1])) {
    vm.raise_fmt(vm.types.TypeError, "%s() argument 2 must be str, not %s", fname, type_name(vm, args[1]));
    return false;
  }
  return true;
}

Value fn_normalize(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  const UNormalizer2* n;
  if (!normalize_args(vm, "normalize", args, nargs, kwnames, n)) return Value::exception();
  Str* s = as_str(args[1]);
  if (s->is_ascii()) return args[1];  // ASCII is in every normal form
  std::u16string in = to_utf16(s);
  const auto* src = reinterpret_cast<const UChar*>(in.data());
  int32_t len = static_cast<int32_t>(in.size());
  UErrorCode err = U_ZERO_ERROR;
  int32_t need = unorm2_normalize(n, src, len, nullptr, 0, &err);
  if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) {
    return vm.raise_fmt(vm.types.ValueError, "normalization failed: %s", u_errorName(err));
  }
  std::u16string out(static_cast<size_t>(need), u'\0');
  err = U_ZERO_ERROR;
  unorm2_normalize(n, src, len, reinterpret_cast<UChar*>(out.data()), need, &err);
  if (U_FAILURE(err)) return vm.raise_fmt(vm.types.ValueError, "normalization failed: %s", u_errorName(err));
  return vm.str_value(from_utf16(out.data(), need));
}

Value fn_is_normalized(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  const UNormalizer2* n;
  if (!normalize_args(vm, "is_normalized", args, nargs, kwnames, n)) return Value::exception();
  Str* s = as_str(args[1]);
  if (s->is_ascii()) return Value::boolean(true);
  std::u16string in = to_utf16(s);
  UErrorCode err = U_ZERO_ERROR;
  UBool yes = unorm2_isNormalized(n, reinterpret_cast<const UChar*>(in.data()), static_cast<int32_t>(in.size()), &err);
  if (U_FAILURE(err)) return vm.raise_fmt(vm.types.ValueError, "normalization failed: %s", u_errorName(err));
  return Value::boolean(yes);
}

std::string unicode_version() {
  UVersionInfo v;
  u_getUnicodeVersion(v);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%d.%d.%d", v[0], v[1], v[2]);
  return buf;
}

}  // namespace

Module* init_unicodedata_module(VM& vm) {
  RootScope roots(vm);
  Module* m = roots.add(vm.new_module(vm.intern("unicodedata")));
  Dict* d = m->dict;
  static constexpr struct {
    const char* name;
    NativeFn fn;
  } kFunctions[] = {
      {"name", fn_name},
      {"lookup", fn_lookup},
      {"category", fn_category},
      {"bidirectional", fn_bidirectional},
      {"combining", fn_combining},
      {"east_asian_width", fn_east_asian_width},
      {"mirrored", fn_mirrored},
      {"decomposition", fn_decomposition},
      {"decimal", fn_decimal},
      {"digit", fn_digit},
      {"numeric", fn_numeric},
      {"normalize", fn_normalize},
      {"is_normalized", fn_is_normalized},
  };
  for (const auto& f : kFunctions) add_function(vm, d, f.name, f.fn);
  vm.set_global(d, "unidata_version", vm.str_value(unicode_version()));
  return m;
}

}  // namespace coil::vm
