// Unit tests for coil's numeric library (vm/numeric). Every expected value
// below was produced by CPython 3.11.7; results are compared as the strings
// Python prints (repr for floats, decimal for ints, "Type: message" for
// errors). Big integers in the tables use a compact notation such as
// "2**1024-2**970" or "-10**20-7" (see big()).
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <string_view>

#include "vm/numeric/float_string.hpp"
#include "vm/numeric/floating.hpp"
#include "vm/numeric/format.hpp"
#include "vm/numeric/hash.hpp"
#include "vm/numeric/int_string.hpp"
#include "vm/numeric/integer.hpp"
#include "vm/numeric/printf_format.hpp"
#include "vm/numeric/status.hpp"
#include "vm/numeric/text.hpp"

namespace coil::num {
namespace {

using namespace std::string_view_literals;

constexpr double kInf = std::numeric_limits<double>::infinity();
const double kNaN = std::nan("");

std::string dec(IntView v) {
  std::string out;
  EXPECT_TRUE(int_to_decimal(v, out, 0).ok());
  return out;
}

Int parse_decimal(std::string_view digits) {
  Int v;
  EXPECT_TRUE(parse_int(digits, 10, v, 0).ok()) << digits;
  return v;
}

// The tables' integer notation: a sum of terms, each a decimal or a power,
// with Python's precedence ("-2**63" is -(2**63)).
Int big(std::string_view expr) {
  Int total = 0;
  std::size_t i = 0;
  while (i < expr.size()) {
    bool negative = false;
    if (expr[i] == '+' || expr[i] == '-') negative = expr[i++] == '-';
    std::size_t start = i;
    while (i < expr.size() && std::isdigit(static_cast<unsigned char>(expr[i]))) ++i;
    Int term = parse_decimal(expr.substr(start, i - start));
    if (expr.substr(i, 2) == "**") {
      i += 2;
      start = i;
      while (i < expr.size() && std::isdigit(static_cast<unsigned char>(expr[i]))) ++i;
      Int power;
      EXPECT_TRUE(int_pow(term, parse_decimal(expr.substr(start, i - start)), power).ok());
      term = power;
    }
    total = negative ? int_sub(total, term) : int_add(total, term);
  }
  return total;
}

bool is_error(std::string_view expected) {
  return !expected.empty() && expected[0] >= 'A' && expected[0] <= 'Z';
}

// What a table cell means, in the format results are rendered.
std::string expected_int(std::string_view expected) {
  return is_error(expected) ? std::string(expected) : dec(big(expected));
}

std::string int_result(const Status& s, const Int& v) { return s.ok() ? dec(v) : s.to_string(); }
// (d by reference: it is read after the call that fills it.)
std::string float_result(const Status& s, const double& d) {
  return s.ok() ? float_repr(d) : s.to_string();
}
std::string text_result(const Status& s, const std::string& text) {
  return s.ok() ? text : s.to_string();
}

// --- int64 fast paths ---------------------------------------------------------

TEST(SmallIntTest, CheckedArithmeticDetectsOverflow) {
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
  std::int64_t r = 0;
  EXPECT_TRUE(small_add(kMax - 1, 1, r));
  EXPECT_EQ(r, kMax);
  EXPECT_FALSE(small_add(kMax, 1, r));
  EXPECT_FALSE(small_sub(kMin, 1, r));
  EXPECT_FALSE(small_mul(std::int64_t{1} << 32, std::int64_t{1} << 31, r));
  EXPECT_TRUE(small_mul(-(std::int64_t{1} << 31), std::int64_t{1} << 32, r));
  EXPECT_EQ(r, kMin);
  EXPECT_FALSE(small_neg(kMin, r));
  EXPECT_TRUE(small_neg(kMax, r));
  EXPECT_EQ(r, -kMax);
}

TEST(SmallIntTest, FloorDivisionAndModulo) {
  std::int64_t q = 0, m = 0;
  EXPECT_TRUE(small_divmod(-7, 2, q, m));
  EXPECT_EQ(q, -4);
  EXPECT_EQ(m, 1);
  EXPECT_TRUE(small_divmod(7, -2, q, m));
  EXPECT_EQ(q, -4);
  EXPECT_EQ(m, -1);
  EXPECT_TRUE(small_divmod(-8, 2, q, m));
  EXPECT_EQ(q, -4);
  EXPECT_EQ(m, 0);
  EXPECT_FALSE(small_floordiv(1, 0, q));
  EXPECT_FALSE(small_mod(1, 0, m));
  EXPECT_FALSE(small_floordiv(std::numeric_limits<std::int64_t>::min(), -1, q));
  EXPECT_TRUE(small_mod(std::numeric_limits<std::int64_t>::min(), -1, m));
  EXPECT_EQ(m, 0);
}

TEST(SmallIntTest, Shifts) {
  std::int64_t r = 0;
  EXPECT_TRUE(small_lshift(3, 61, r));
  EXPECT_EQ(r, std::int64_t{3} << 61);
  EXPECT_FALSE(small_lshift(3, 62, r));
  EXPECT_TRUE(small_lshift(-1, 63, r));
  EXPECT_EQ(r, std::numeric_limits<std::int64_t>::min());
  EXPECT_FALSE(small_lshift(1, 63, r));
  EXPECT_TRUE(small_lshift(0, 1000, r));
  EXPECT_EQ(r, 0);
  EXPECT_FALSE(small_lshift(1, -1, r));
  EXPECT_TRUE(small_rshift(-5, 1, r));
  EXPECT_EQ(r, -3);
  EXPECT_TRUE(small_rshift(-5, 500, r));
  EXPECT_EQ(r, -1);
  EXPECT_FALSE(small_rshift(5, -1, r));
}

// --- Int value type -----------------------------------------------------------

TEST(IntTest, NormalisesAndMovesBigValues) {
  Int sum = int_add(std::numeric_limits<std::int64_t>::max(), 1);
  ASSERT_FALSE(sum.is_small());
  EXPECT_EQ(dec(sum), "9223372036854775808");
  Int back = int_sub(sum, 1);
  ASSERT_TRUE(back.is_small());
  EXPECT_EQ(back.small(), std::numeric_limits<std::int64_t>::max());

  Int copy = sum;
  Int moved = std::move(sum);
  EXPECT_EQ(dec(copy), dec(moved));
  copy = copy;  // self-assignment keeps the value
  EXPECT_EQ(dec(copy), "9223372036854775808");

  mpz_t heap;
  mpz_init(heap);
  moved.move_big_into(heap);
  EXPECT_TRUE(moved.is_small());
  EXPECT_EQ(dec(IntView::of_mpz(heap)), "9223372036854775808");
  EXPECT_EQ(dec(int_copy(IntView::of_mpz(heap))), "9223372036854775808");
  mpz_clear(heap);

  mpz_t small_in_mpz;
  mpz_init_set_si(small_in_mpz, -42);  // an unnormalised view still works
  Int r;
  ASSERT_TRUE(int_mul(IntView::of_mpz(small_in_mpz), 2, r).ok());
  EXPECT_TRUE(r.is_small());
  EXPECT_EQ(dec(r), "-84");
  EXPECT_EQ(int_compare(IntView::of_mpz(small_in_mpz), -42), 0);
  mpz_clear(small_in_mpz);
}

// --- Integer arithmetic -------------------------------------------------------

TEST(IntegerTest, AddSubMulAcrossRepresentations) {
  EXPECT_EQ(dec(int_add(big("2**63-1"), 1)), "9223372036854775808");
  EXPECT_EQ(dec(int_sub(big("-2**63"), 1)), "-9223372036854775809");
  EXPECT_EQ(dec(int_add(big("2**64"), big("-2**64+5"))), "5");
  Int product;
  ASSERT_TRUE(int_mul(big("-2**31"), big("2**32"), product).ok());
  EXPECT_TRUE(product.is_small());
  ASSERT_TRUE(int_mul(big("2**63"), -1, product).ok());
  EXPECT_TRUE(product.is_small());
  EXPECT_EQ(dec(product), "-9223372036854775808");
  ASSERT_TRUE(int_mul(big("3**50"), big("-3**50"), product).ok());
  EXPECT_EQ(dec(product), dec(big("-3**100")));
  EXPECT_EQ(dec(int_neg(big("-2**63"))), "9223372036854775808");
  EXPECT_EQ(dec(int_abs(big("-2**63"))), "9223372036854775808");
  EXPECT_EQ(dec(int_invert(big("2**63-1"))), "-9223372036854775808");
  EXPECT_EQ(dec(int_invert(big("2**64"))), "-18446744073709551617");
}

TEST(IntegerTest, FloorDivisionModuloDivmod) {
  struct Case { const char *a, *b, *floordiv, *mod, *divmod; };
  const Case cases[] = {
      {"7", "2", "3", "1", "3 1"},
      {"-7", "2", "-4", "1", "-4 1"},
      {"7", "-2", "-4", "-1", "-4 -1"},
      {"-7", "-2", "3", "-1", "3 -1"},
      {"0", "5", "0", "0", "0 0"},
      {"5", "0", "ZeroDivisionError: integer division or modulo by zero", "ZeroDivisionError: integer modulo by zero", "ZeroDivisionError: integer division or modulo by zero"},
      {"-9223372036854775808", "-1", "9223372036854775808", "0", "9223372036854775808 0"},
      {"-9223372036854775808", "1", "-9223372036854775808", "0", "-9223372036854775808 0"},
      {"9223372036854775807", "-1", "-9223372036854775807", "0", "-9223372036854775807 0"},
      {"18446744073709551616", "3", "6148914691236517205", "1", "6148914691236517205 1"},
      {"-18446744073709551616", "3", "-6148914691236517206", "2", "-6148914691236517206 2"},
      {"18446744073709551616", "-3", "-6148914691236517206", "-2", "-6148914691236517206 -2"},
      {"1000000000000000000000000000000", "-7", "-142857142857142857142857142858", "-6", "-142857142857142857142857142858 -6"},
      {"-1000000000000000000000000000000", "1000000000000001", "-1000000000000000", "1000000000000000", "-1000000000000000 1000000000000000"},
      {"3", "1000000000000000000000000000000", "0", "3", "0 3"},
      {"-3", "1000000000000000000000000000000", "-1", "999999999999999999999999999997", "-1 999999999999999999999999999997"},
      {"3", "-1000000000000000000000000000000", "-1", "-999999999999999999999999999997", "-1 -999999999999999999999999999997"},
      {"1", "-1", "-1", "0", "-1 0"},
      {"-9223372036854775808", "9223372036854775808", "-1", "0", "-1 0"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.a) + " " + c.b);
    Int q, r;
    Status s = int_floordiv(big(c.a), big(c.b), q);
    EXPECT_EQ(int_result(s, q), expected_int(c.floordiv));
    s = int_mod(big(c.a), big(c.b), r);
    EXPECT_EQ(int_result(s, r), expected_int(c.mod));
    s = int_divmod(big(c.a), big(c.b), q, r);
    EXPECT_EQ(s.ok() ? dec(q) + " " + dec(r) : s.to_string(), std::string(c.divmod));
  }
}

TEST(IntegerTest, Power) {
  struct Case { const char *base, *exp, *expected; };
  const Case cases[] = {
      {"2", "10", "1024"},
      {"2", "62", "4611686018427387904"},
      {"2", "63", "9223372036854775808"},
      {"2", "64", "18446744073709551616"},
      {"-2", "63", "-9223372036854775808"},
      {"-2", "64", "18446744073709551616"},
      {"3", "40", "12157665459056928801"},
      {"3", "41", "36472996377170786403"},
      {"10", "30", "1000000000000000000000000000000"},
      {"-3", "3", "-27"},
      {"0", "0", "1"},
      {"0", "5", "0"},
      {"1", "1000000000000000000000000000000", "1"},
      {"-1", "1000000000000000000000000000000", "1"},
      {"-1", "1000000000000000000000000000001", "-1"},
      {"7", "0", "1"},
      {"18446744073709551616", "2", "340282366920938463463374607431768211456"},
      {"-18446744073709551616", "3", "-2**192"},
      {"12345678901234567", "5", "286797186173370300390995081201153023341051267083107652984815177228070728001997607"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.base) + " ** " + c.exp);
    Int r;
    const Status s = int_pow(big(c.base), big(c.exp), r);
    EXPECT_EQ(int_result(s, r), expected_int(c.expected));
  }
  Int r;
  EXPECT_EQ(int_pow(2, big("2**64"), r).to_string(), "MemoryError");
  EXPECT_FALSE(int_pow(2, -1, r).ok());  // negative exponents go through int_pow_float
}

TEST(IntegerTest, PowerWithNegativeExponentIsFloat) {
  struct Case { const char *base, *exp, *expected; };
  const Case cases[] = {
      {"2", "-1", "0.5"},
      {"10", "-1", "0.1"},
      {"-2", "-3", "-0.125"},
      {"0", "-1", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
      {"0", "-1000000000000000000000000000000", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
      {"10**400", "-1", "OverflowError: int too large to convert to float"},
      {"3", "-10**400", "OverflowError: int too large to convert to float"},
      {"7", "-400", "0.0"},
      {"2", "-1074", "5e-324"},
      {"2", "-1075", "0.0"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.base) + " ** " + c.exp);
    double d = 0;
    EXPECT_EQ(float_result(int_pow_float(big(c.base), big(c.exp), d), d), c.expected);
  }
}

TEST(IntegerTest, ModularPower) {
  struct Case { const char *base, *exp, *mod, *expected; };
  const Case cases[] = {
      {"2", "10", "1000", "24"},
      {"2", "-1", "5", "3"},
      {"2", "-1", "4", "ValueError: base is not invertible for the given modulus"},
      {"2", "3", "0", "ValueError: pow() 3rd argument cannot be 0"},
      {"2", "3", "-5", "-2"},
      {"-2", "3", "5", "2"},
      {"3", "-1", "-7", "-2"},
      {"5", "0", "-7", "-6"},
      {"0", "-1", "1", "0"},
      {"0", "0", "1", "0"},
      {"5", "0", "1", "0"},
      {"5", "3", "-1", "0"},
      {"2", "-1180591620717411303424", "3", "1"},
      {"100000000000000000000", "-1", "7", "4"},
      {"3", "1000000000000000000000000000000", "100000000000000000039", "87103175262123860159"},
      {"-10000000000000000000000000", "10000000000", "97", "35"},
      {"18446744073709551616", "18446744073709551616", "18446744073709551629", "15348256542322363192"},
      {"123456789", "987654321", "2305843009213693951", "50357601586279104"},
      {"-5", "-3", "11", "8"},
      {"4", "-2", "10", "ValueError: base is not invertible for the given modulus"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string("pow(") + c.base + ", " + c.exp + ", " + c.mod + ")");
    Int r;
    const Status s = int_pow_mod(big(c.base), big(c.exp), big(c.mod), r);
    EXPECT_EQ(int_result(s, r), expected_int(c.expected));
  }
}

TEST(IntegerTest, Shifts) {
  struct Case { const char *a, *n, *lshift, *rshift; };
  const Case cases[] = {
      {"1", "0", "1", "1"},
      {"1", "62", "4611686018427387904", "0"},
      {"1", "63", "9223372036854775808", "0"},
      {"1", "64", "18446744073709551616", "0"},
      {"-1", "63", "-9223372036854775808", "-1"},
      {"-1", "64", "-18446744073709551616", "-1"},
      {"3", "61", "6917529027641081856", "0"},
      {"3", "62", "13835058055282163712", "0"},
      {"-3", "62", "-13835058055282163712", "-1"},
      {"0", "1000000000000000000000000000000", "0", "0"},
      {"0", "-1", "ValueError: negative shift count", "ValueError: negative shift count"},
      {"5", "-1", "ValueError: negative shift count", "ValueError: negative shift count"},
      {"18446744073709551616", "-2", "ValueError: negative shift count", "ValueError: negative shift count"},
      {"100000000000000000000", "10", "102400000000000000000000", "97656250000000000"},
      {"-100000000000000000000", "100", "-126765060022822940149670320537600000000000000000000", "-1"},
      {"-5", "1", "-10", "-3"},
      {"-1", "1", "-2", "-1"},
      {"-1", "1000", "-2**1000", "-1"},
      {"1", "1000", "2**1000", "0"},
      {"-1267650600228229401496703205376", "200", "-2**300", "-1"},
      {"1267650600228229401496703205376", "99", "2**199", "2"},
      {"-1267650600228229401496703205376", "99", "-2**199", "-2"},
      {"12345", "18446744073709551616", "MemoryError", "0"},
      {"-12345", "1267650600228229401496703205376", "OverflowError: too many digits in integer", "-1"},
      {"1", "69175290276410818320", "MemoryError", "0"},
      {"1", "69175290276410818321", "OverflowError: too many digits in integer", "0"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.a) + " shifted by " + c.n);
    Int r;
    Status s = int_lshift(big(c.a), big(c.n), r);
    EXPECT_EQ(int_result(s, r), expected_int(c.lshift));
    s = int_rshift(big(c.a), big(c.n), r);
    EXPECT_EQ(int_result(s, r), expected_int(c.rshift));
  }
}

TEST(IntegerTest, BitwiseUsesInfiniteTwosComplement) {
  struct Case { const char *a, *b, *and_, *or_, *xor_; };
  const Case cases[] = {
      {"12", "10", "8", "14", "6"},
      {"-12", "10", "0", "-2", "-2"},
      {"12", "-10", "4", "-2", "-6"},
      {"-12", "-10", "-12", "-10", "2"},
      {"18446744073709551621", "-36893488147419103229", "1", "-18446744073709551609", "-18446744073709551610"},
      {"-1180591620717411303424", "18446744073709551615", "0", "-1162144876643701751809", "-1162144876643701751809"},
      {"0", "-1", "0", "-1", "-1"},
      {"-9223372036854775808", "9223372036854775807", "0", "-1", "-1"},
      {"1000000000000000000000000000000", "-10000000000000000000000000", "999990307047208028400261267456", "-307047208028400261267456", "-999990614094416056800522534912"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.a) + " op " + c.b);
    EXPECT_EQ(dec(int_and(big(c.a), big(c.b))), expected_int(c.and_));
    EXPECT_EQ(dec(int_or(big(c.a), big(c.b))), expected_int(c.or_));
    EXPECT_EQ(dec(int_xor(big(c.a), big(c.b))), expected_int(c.xor_));
  }
}

TEST(IntegerTest, TrueDivisionIsCorrectlyRounded) {
  struct Case { const char *a, *b, *expected; };
  const Case cases[] = {
      {"1", "3", "0.3333333333333333"},
      {"7", "-2", "-3.5"},
      {"0", "-5", "-0.0"},
      {"0", "5", "0.0"},
      {"1", "0", "ZeroDivisionError: division by zero"},
      {"9007199254740993", "1", "9007199254740992.0"},
      {"1152921504606846977", "128", "9007199254740992.0"},
      {"1000000000000000000000000000000", "7", "1.4285714285714285e+29"},
      {"10**400", "10**399", "10.0"},
      {"10**400", "3", "OverflowError: integer division result too large for a float"},
      {"1", "10**400", "0.0"},
      {"1", "2**1074", "5e-324"},
      {"1", "2**1075", "0.0"},
      {"3", "2**1076", "5e-324"},
      {"1", "2**1075-1", "5e-324"},
      {"-1", "2**1075", "-0.0"},
      {"2**1024-2**970", "1", "OverflowError: integer division result too large for a float"},
      {"2**1024-2**971", "1", "1.7976931348623157e+308"},
      {"-2**1024+2**971", "1", "-1.7976931348623157e+308"},
      {"10**400", "10**400+1", "1.0"},
      {"2**1100", "2**1090", "1024.0"},
      {"123456789012345678901234567890", "987654321098765432109876543210", "0.1249999988609375"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.a) + " / " + c.b);
    double d = 0;
    EXPECT_EQ(float_result(int_true_divide(big(c.a), big(c.b), d), d), c.expected);
  }
}

TEST(IntegerTest, ToDoubleRoundsHalfEven) {
  struct Case { const char *a, *expected; };
  const Case cases[] = {
      {"0", "0.0"},
      {"1", "1.0"},
      {"-1", "-1.0"},
      {"9007199254740992", "9007199254740992.0"},
      {"9007199254740993", "9007199254740992.0"},
      {"9007199254740994", "9007199254740994.0"},
      {"9007199254740995", "9007199254740996.0"},
      {"18014398509481986", "1.8014398509481984e+16"},
      {"18014398509481987", "1.8014398509481988e+16"},
      {"9223372036854775807", "9.223372036854776e+18"},
      {"-9223372036854775808", "-9.223372036854776e+18"},
      {"18446744073709551615", "1.8446744073709552e+19"},
      {"100000000000000000000", "1e+20"},
      {"-10000000000000000000000", "-1e+22"},
      {"2**1023", "8.98846567431158e+307"},
      {"2**1024-2**970", "OverflowError: int too large to convert to float"},
      {"2**1024-2**971", "1.7976931348623157e+308"},
      {"-2**1024+2**970", "OverflowError: int too large to convert to float"},
      {"2**1024", "OverflowError: int too large to convert to float"},
      {"10**400", "OverflowError: int too large to convert to float"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.a);
    double d = 0;
    EXPECT_EQ(float_result(int_to_double(big(c.a), d), d), c.expected);
  }
}

TEST(IntegerTest, FromDoubleTruncatesExactly) {
  struct Case { double x; const char* expected; };
  const Case cases[] = {
      {0.0, "0"},
      {-0.0, "0"},
      {0.9, "0"},
      {-0.9, "0"},
      {1.5, "1"},
      {-1.5, "-1"},
      {9.223372036854775e+18, "9223372036854774784"},
      {9.223372036854776e+18, "9223372036854775808"},
      {-9.223372036854776e+18, "-9223372036854775808"},
      {-9.223372036854778e+18, "-9223372036854777856"},
      {1e+300, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"},
      {-1e+20, "-100000000000000000000"},
      {123456.789, "123456"},
      {kNaN, "ValueError: cannot convert float NaN to integer"},
      {kInf, "OverflowError: cannot convert float infinity to integer"},
      {-kInf, "OverflowError: cannot convert float infinity to integer"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.x);
    Int r;
    const Status s = int_from_double(c.x, r);
    EXPECT_EQ(int_result(s, r), expected_int(c.expected));
  }
}

TEST(IntegerTest, ComparesWithFloatsExactly) {
  struct Case { const char* a; double x; Ordering expected; };
  const Case cases[] = {
      {"9223372036854775808", 9.223372036854776e+18, Ordering::Equal},
      {"9007199254740993", 9007199254740992.0, Ordering::Greater},
      {"9007199254740992", 9007199254740992.0, Ordering::Equal},
      {"9007199254740993", 9007199254740994.0, Ordering::Less},
      {"1", 1.5, Ordering::Less},
      {"2", 1.5, Ordering::Greater},
      {"-1", -0.5, Ordering::Less},
      {"-1", -1.0, Ordering::Equal},
      {"0", -0.0, Ordering::Equal},
      {"10**400", kInf, Ordering::Less},
      {"-10**400", -kInf, Ordering::Greater},
      {"10**400", 1e+308, Ordering::Greater},
      {"5", kNaN, Ordering::Unordered},
      {"9223372036854775807", 9.223372036854776e+18, Ordering::Less},
      {"-9223372036854775808", -9.223372036854776e+18, Ordering::Equal},
      {"18446744073709551617", 1.8446744073709552e+19, Ordering::Greater},
      {"-1180591620717411303425", -1.1805916207174113e+21, Ordering::Less},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.a) + " vs " + float_repr(c.x));
    EXPECT_EQ(int_compare_float(big(c.a), c.x), c.expected);
  }
  EXPECT_EQ(int_compare(big("2**64"), big("2**64+1")), -1);
  EXPECT_EQ(int_compare(big("-2**64"), -5), -1);
  EXPECT_EQ(int_compare(7, 7), 0);
}

TEST(IntegerTest, BitLengthAndCount) {
  struct Case { const char* a; std::uint64_t length, count; };
  const Case cases[] = {
      {"0", 0, 0},
      {"1", 1, 1},
      {"-1", 1, 1},
      {"255", 8, 8},
      {"-256", 9, 1},
      {"9223372036854775807", 63, 63},
      {"-9223372036854775808", 64, 1},
      {"18446744073709551616", 65, 1},
      {"-18446744073709551615", 64, 64},
      {"1000000000000000000000000000000", 100, 37},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.a);
    EXPECT_EQ(int_bit_length(big(c.a)), c.length);
    EXPECT_EQ(int_bit_count(big(c.a)), c.count);
  }
}

// --- int <-> str ---------------------------------------------------------------

TEST(IntStringTest, ToStringInEachBase) {
  struct Case { const char *a, *str, *bin, *oct, *hex; };
  const Case cases[] = {
      {"0", "0", "0b0", "0o0", "0x0"},
      {"5", "5", "0b101", "0o5", "0x5"},
      {"-5", "-5", "-0b101", "-0o5", "-0x5"},
      {"255", "255", "0b11111111", "0o377", "0xff"},
      {"-255", "-255", "-0b11111111", "-0o377", "-0xff"},
      {"9223372036854775807", "9223372036854775807", "0b111111111111111111111111111111111111111111111111111111111111111", "0o777777777777777777777", "0x7fffffffffffffff"},
      {"-9223372036854775808", "-9223372036854775808", "-0b1000000000000000000000000000000000000000000000000000000000000000", "-0o1000000000000000000000", "-0x8000000000000000"},
      {"18446744073709551616", "18446744073709551616", "0b10000000000000000000000000000000000000000000000000000000000000000", "0o2000000000000000000000", "0x10000000000000000"},
      {"-1267650600228229401496703205377", "-1267650600228229401496703205377", "-0b10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", "-0o2000000000000000000000000000000001", "-0x10000000000000000000000001"},
      {"10000000000000000000000000", "10000000000000000000000000", "0b100001000101100101010001011000010100000000010100100001001010000000000000000000000000", "0o4105452130240024411200000000", "0x84595161401484a000000"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.a);
    std::string out;
    const Int v = big(c.a);
    EXPECT_TRUE(int_to_string(v, 10, out).ok());
    EXPECT_EQ(out, c.str);
    EXPECT_TRUE(int_to_string(v, 2, out).ok());
    EXPECT_EQ(out, c.bin);
    EXPECT_TRUE(int_to_string(v, 8, out).ok());
    EXPECT_EQ(out, c.oct);
    EXPECT_TRUE(int_to_string(v, 16, out).ok());
    EXPECT_EQ(out, c.hex);
  }
}

TEST(IntStringTest, DigitLimit) {
  const std::string to_str_error =
      "ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
      "use sys.set_int_max_str_digits() to increase the limit";
  std::string out;
  ASSERT_TRUE(int_to_decimal(big("10**4299"), out).ok());
  EXPECT_EQ(out.size(), 4300u);
  ASSERT_TRUE(int_to_decimal(big("-10**4299"), out).ok());
  EXPECT_EQ(out.size(), 4301u);
  EXPECT_EQ(int_to_decimal(big("10**4300"), out).to_string(), to_str_error);
  EXPECT_EQ(int_to_decimal(big("-10**4300"), out).to_string(), to_str_error);
  EXPECT_EQ(int_to_decimal(big("10**5000"), out).to_string(), to_str_error);
  EXPECT_TRUE(int_to_decimal(big("10**4300"), out, 0).ok());      // 0: no limit
  EXPECT_TRUE(int_to_decimal(big("10**4300"), out, 5000).ok());   // per-VM setting
  EXPECT_TRUE(int_to_string(big("10**4300"), 16, out).ok());      // hex is never limited
  EXPECT_EQ(format_int(big("10**4300"), ",d", out).to_string(), to_str_error);
  EXPECT_EQ(format_int(big("10**4300"), "", out).to_string(), to_str_error);
  ASSERT_TRUE(format_int(big("10**4300"), "x", out).ok());
  EXPECT_EQ(out.substr(0, 10), "1392bd7c2a");

  Int v;
  EXPECT_TRUE(parse_int(std::string(4300, '1'), 10, v).ok());
  const std::string to_int_error =
      "ValueError: Exceeds the limit (4300 digits) for integer string conversion: "
      "value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit";
  EXPECT_EQ(parse_int(std::string(4301, '1'), 10, v).to_string(), to_int_error);
  EXPECT_EQ(parse_int(std::string(4301, '1') + "x", 10, v).to_string(), to_int_error);
  std::string underscored = "1";
  for (int k = 0; k < 4300; ++k) underscored += "_1";
  EXPECT_EQ(parse_int(underscored, 0, v).to_string(), to_int_error);
  EXPECT_TRUE(parse_int(std::string(5000, 'f'), 16, v).ok());
  EXPECT_TRUE(parse_int(std::string(5000, '1'), 10, v, 0).ok());
}

TEST(IntStringTest, ParseInt) {
  struct Case { std::string_view text; int base; const char* expected; };
  const Case cases[] = {
      {"0", 10, "0"},
      {"0", 0, "0"},
      {"-0", 10, "0"},
      {"-0", 0, "0"},
      {"  42  ", 10, "42"},
      {"  42  ", 0, "42"},
      {"\x09""-12\x0a""", 10, "-12"},
      {"\x09""-12\x0a""", 0, "-12"},
      {"+7", 10, "7"},
      {"+7", 0, "7"},
      {"1_000_000", 10, "1000000"},
      {"1_000_000", 0, "1000000"},
      {"1__0", 10, "ValueError: invalid literal for int() with base 10: '1__0'"},
      {"1__0", 0, "ValueError: invalid literal for int() with base 0: '1__0'"},
      {"_1", 10, "ValueError: invalid literal for int() with base 10: '_1'"},
      {"_1", 0, "ValueError: invalid literal for int() with base 0: '_1'"},
      {"1_", 10, "ValueError: invalid literal for int() with base 10: '1_'"},
      {"1_", 0, "ValueError: invalid literal for int() with base 0: '1_'"},
      {"0x1f", 10, "ValueError: invalid literal for int() with base 10: '0x1f'"},
      {"0x1f", 0, "31"},
      {"0x1f", 16, "31"},
      {"0x1f", 2, "ValueError: invalid literal for int() with base 2: '0x1f'"},
      {"0x1f", 8, "ValueError: invalid literal for int() with base 8: '0x1f'"},
      {"0x1f", 36, "42819"},
      {"0X1F", 10, "ValueError: invalid literal for int() with base 10: '0X1F'"},
      {"0X1F", 0, "31"},
      {"0X1F", 16, "31"},
      {"0o17", 10, "ValueError: invalid literal for int() with base 10: '0o17'"},
      {"0o17", 0, "15"},
      {"0o17", 16, "ValueError: invalid literal for int() with base 16: '0o17'"},
      {"0o17", 2, "ValueError: invalid literal for int() with base 2: '0o17'"},
      {"0o17", 8, "15"},
      {"0o17", 36, "31147"},
      {"0b101", 10, "ValueError: invalid literal for int() with base 10: '0b101'"},
      {"0b101", 0, "5"},
      {"0b101", 2, "5"},
      {"0b101", 8, "ValueError: invalid literal for int() with base 8: '0b101'"},
      {"0b101", 36, "514513"},
      {"0x_1f", 10, "ValueError: invalid literal for int() with base 10: '0x_1f'"},
      {"0x_1f", 0, "31"},
      {"0x_1f", 16, "31"},
      {"0x__1f", 10, "ValueError: invalid literal for int() with base 10: '0x__1f'"},
      {"0x__1f", 0, "ValueError: invalid literal for int() with base 0: '0x__1f'"},
      {"0x__1f", 16, "ValueError: invalid literal for int() with base 16: '0x__1f'"},
      {"010", 10, "10"},
      {"010", 0, "ValueError: invalid literal for int() with base 0: '010'"},
      {"010", 2, "2"},
      {"010", 8, "8"},
      {"010", 36, "36"},
      {"00", 10, "0"},
      {"00", 0, "0"},
      {"0_0", 10, "0"},
      {"0_0", 0, "0"},
      {"0_", 10, "ValueError: invalid literal for int() with base 10: '0_'"},
      {"0_", 0, "ValueError: invalid literal for int() with base 0: '0_'"},
      {"abc", 10, "ValueError: invalid literal for int() with base 10: 'abc'"},
      {"abc", 0, "ValueError: invalid literal for int() with base 0: 'abc'"},
      {"abc", 16, "2748"},
      {"abc", 2, "ValueError: invalid literal for int() with base 2: 'abc'"},
      {"abc", 8, "ValueError: invalid literal for int() with base 8: 'abc'"},
      {"abc", 36, "13368"},
      {"z", 10, "ValueError: invalid literal for int() with base 10: 'z'"},
      {"z", 0, "ValueError: invalid literal for int() with base 0: 'z'"},
      {"z", 16, "ValueError: invalid literal for int() with base 16: 'z'"},
      {"z", 2, "ValueError: invalid literal for int() with base 2: 'z'"},
      {"z", 8, "ValueError: invalid literal for int() with base 8: 'z'"},
      {"z", 36, "35"},
      {"", 10, "ValueError: invalid literal for int() with base 10: ''"},
      {"", 0, "ValueError: invalid literal for int() with base 0: ''"},
      {"+", 10, "ValueError: invalid literal for int() with base 10: '+'"},
      {"+", 0, "ValueError: invalid literal for int() with base 0: '+'"},
      {"- 1", 10, "ValueError: invalid literal for int() with base 10: '- 1'"},
      {"- 1", 0, "ValueError: invalid literal for int() with base 0: '- 1'"},
      {"+-1", 10, "ValueError: invalid literal for int() with base 10: '+-1'"},
      {"+-1", 0, "ValueError: invalid literal for int() with base 0: '+-1'"},
      {"1.5", 10, "ValueError: invalid literal for int() with base 10: '1.5'"},
      {"1.5", 0, "ValueError: invalid literal for int() with base 0: '1.5'"},
      {"\xd9""\xa3""", 10, "3"},
      {"\xd9""\xa3""", 0, "3"},
      {"1\xd9""\xa3""", 10, "13"},
      {"1\xd9""\xa3""", 0, "13"},
      {"\xd9""\xa3""x", 10, "ValueError: invalid literal for int() with base 10: '\xd9""\xa3""x'"},
      {"\xd9""\xa3""x", 0, "ValueError: invalid literal for int() with base 0: '\xd9""\xa3""x'"},
      {"\xc2""\xa0""12\xe2""\x80""\x83""", 10, "12"},
      {"\xc2""\xa0""12\xe2""\x80""\x83""", 0, "12"},
      {"\x1c""1", 10, "ValueError: invalid literal for int() with base 10: '\\x1c1'"},
      {"\x1c""1", 0, "ValueError: invalid literal for int() with base 0: '\\x1c1'"},
      {"\xc3""\xa9""", 10, "ValueError: invalid literal for int() with base 10: '\xc3""\xa9""'"},
      {"\xc3""\xa9""", 0, "ValueError: invalid literal for int() with base 0: '\xc3""\xa9""'"},
      {"1\x00"""sv, 10, "ValueError: invalid literal for int() with base 10: '1\\x00'"},
      {"1\x00"""sv, 0, "ValueError: invalid literal for int() with base 0: '1\\x00'"},
      {"'", 10, "ValueError: invalid literal for int() with base 10: \"'\""},
      {"'", 0, "ValueError: invalid literal for int() with base 0: \"'\""},
      {"\"'", 10, "ValueError: invalid literal for int() with base 10: '\"\\''"},
      {"\"'", 0, "ValueError: invalid literal for int() with base 0: '\"\\''"},
      {"0b1", 10, "ValueError: invalid literal for int() with base 10: '0b1'"},
      {"0b1", 0, "1"},
      {"0b1", 16, "177"},
      {"0b1", 2, "1"},
      {"0b1", 8, "ValueError: invalid literal for int() with base 8: '0b1'"},
      {"0b1", 36, "397"},
      {"0x", 10, "ValueError: invalid literal for int() with base 10: '0x'"},
      {"0x", 0, "ValueError: invalid literal for int() with base 0: '0x'"},
      {"0x", 16, "ValueError: invalid literal for int() with base 16: '0x'"},
      {"inf", 10, "ValueError: invalid literal for int() with base 10: 'inf'"},
      {"inf", 0, "ValueError: invalid literal for int() with base 0: 'inf'"},
      {"9223372036854775807", 10, "9223372036854775807"},
      {"9223372036854775807", 0, "9223372036854775807"},
      {"-9223372036854775808", 10, "-9223372036854775808"},
      {"-9223372036854775808", 0, "-9223372036854775808"},
      {"9223372036854775808", 10, "9223372036854775808"},
      {"9223372036854775808", 0, "9223372036854775808"},
      {"-9223372036854775809", 10, "-9223372036854775809"},
      {"-9223372036854775809", 0, "-9223372036854775809"},
      {"-9223372036854775809", 16, "-43132194673522839607305"},
      {"123456789012345678901234567890", 10, "123456789012345678901234567890"},
      {"123456789012345678901234567890", 0, "123456789012345678901234567890"},
      {"123456789012345678901234567890", 2, "ValueError: invalid literal for int() with base 2: '123456789012345678901234567890'"},
      {"123456789012345678901234567890", 8, "ValueError: invalid literal for int() with base 8: '123456789012345678901234567890'"},
      {"123456789012345678901234567890", 36, "1436287679432363134028105837355561937436483460"},
      {"1", 1, "ValueError: int() base must be >= 2 and <= 36, or 0"},
      {"1", 37, "ValueError: int() base must be >= 2 and <= 36, or 0"},
      {"1", -1, "ValueError: int() base must be >= 2 and <= 36, or 0"},
      {"1", 3, "1"},
      {"zz", 36, "1295"},
      {"ZZ", 36, "1295"},
      {"12", 3, "5"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.text) + " base " + std::to_string(c.base));
    Int v;
    const Status s = parse_int(c.text, c.base, v);
    EXPECT_EQ(int_result(s, v), expected_int(c.expected));
  }
  // The repr in the message is cut at 200 characters, like CPython's %.200R.
  Int v;
  EXPECT_EQ(parse_int(std::string(250, 'a'), 10, v).to_string(),
            "ValueError: invalid literal for int() with base 10: '" + std::string(199, 'a'));
}

TEST(IntStringTest, ParseIntLiteral) {
  Int v;
  ASSERT_TRUE(parse_int_literal("0x_dead_BEEF", v).ok());
  EXPECT_EQ(dec(v), "3735928559");
  ASSERT_TRUE(parse_int_literal("0o777", v).ok());
  EXPECT_EQ(dec(v), "511");
  ASSERT_TRUE(parse_int_literal("0B1010", v).ok());
  EXPECT_EQ(dec(v), "10");
  ASSERT_TRUE(parse_int_literal("1_000_000", v).ok());
  EXPECT_EQ(dec(v), "1000000");
  ASSERT_TRUE(parse_int_literal("00", v).ok());
  EXPECT_EQ(dec(v), "0");
  ASSERT_TRUE(parse_int_literal("9223372036854775808", v).ok());
  EXPECT_FALSE(v.is_small());
  ASSERT_TRUE(parse_int_literal("0x" + std::string(5000, 'f'), v).ok());
  const Status s = parse_int_literal(std::string(5000, '1'), v);
  EXPECT_EQ(s.kind(), ErrorKind::SyntaxError);
  EXPECT_EQ(s.message(),
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 "
            "digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
            "hexadecimal for huge integer literals to avoid decimal conversion limits.");
}

// --- Floats -------------------------------------------------------------------

TEST(FloatStringTest, Repr) {
  struct Case { double x; const char* expected; };
  const Case cases[] = {
      {0.0, "0.0"},
      {-0.0, "-0.0"},
      {1.0, "1.0"},
      {-1.0, "-1.0"},
      {0.1, "0.1"},
      {0.5, "0.5"},
      {1.5, "1.5"},
      {2.5, "2.5"},
      {100.0, "100.0"},
      {1000000000000000.0, "1000000000000000.0"},
      {1e+16, "1e+16"},
      {1e+17, "1e+17"},
      {1.5e+16, "1.5e+16"},
      {123456789012345.0, "123456789012345.0"},
      {1234567890123456.0, "1234567890123456.0"},
      {1.2345678901234568e+16, "1.2345678901234568e+16"},
      {1.2345678901234568e+16, "1.2345678901234568e+16"},
      {0.0001, "0.0001"},
      {1e-05, "1e-05"},
      {1.5e-07, "1.5e-07"},
      {0.0001, "0.0001"},
      {0.00012, "0.00012"},
      {0.3333333333333333, "0.3333333333333333"},
      {0.6666666666666666, "0.6666666666666666"},
      {1e+22, "1e+22"},
      {1e+23, "1e+23"},
      {5e-324, "5e-324"},
      {2.2250738585072014e-308, "2.2250738585072014e-308"},
      {1.7976931348623157e+308, "1.7976931348623157e+308"},
      {kInf, "inf"},
      {-kInf, "-inf"},
      {kNaN, "nan"},
      {9.223372036854776e+18, "9.223372036854776e+18"},
      {9007199254740992.0, "9007199254740992.0"},
      {0.3, "0.3"},
      {1e+100, "1e+100"},
      {-1.25e-100, "-1.25e-100"},
  };
  for (const Case& c : cases) EXPECT_EQ(float_repr(c.x), c.expected);
}

TEST(FloatStringTest, DoubleToStringModes) {
  EXPECT_EQ(double_to_string(1234.5678, 'e', 3, 0), "1.235e+03");
  EXPECT_EQ(double_to_string(1234.5678, 'E', 0, kFloatAlternate), "1.E+03");
  EXPECT_EQ(double_to_string(0.000123, 'g', 2, 0), "0.00012");
  EXPECT_EQ(double_to_string(123456789.0, 'G', 3, kFloatAlwaysSign), "+1.23E+08");
  EXPECT_EQ(double_to_string(-0.0, 'f', 2, kFloatNoNegativeZero), "0.00");
  EXPECT_EQ(double_to_string(-kInf, 'F', 2, 0), "-INF");
  EXPECT_EQ(double_to_string(2.5, 'f', 0, 0), "2");
}

TEST(FloatStringTest, ParseFloat) {
  struct Case { std::string_view text; const char* expected; };
  const Case cases[] = {
      {"0", "0.0"},
      {"-0", "-0.0"},
      {"1.5", "1.5"},
      {"-1.5", "-1.5"},
      {"+.5", "0.5"},
      {".5", "0.5"},
      {"5.", "5.0"},
      {".", "ValueError: could not convert string to float: '.'"},
      {"e5", "ValueError: could not convert string to float: 'e5'"},
      {"1e5", "100000.0"},
      {"1E-5", "1e-05"},
      {"1e", "ValueError: could not convert string to float: '1e'"},
      {"1e+", "ValueError: could not convert string to float: '1e+'"},
      {"1_0.5", "10.5"},
      {"1__0", "ValueError: could not convert string to float: '1__0'"},
      {"_1", "ValueError: could not convert string to float: '_1'"},
      {"1_", "ValueError: could not convert string to float: '1_'"},
      {"1_e5", "ValueError: could not convert string to float: '1_e5'"},
      {"1e5_0", "1e+50"},
      {"1e_5", "ValueError: could not convert string to float: '1e_5'"},
      {"1._5", "ValueError: could not convert string to float: '1._5'"},
      {"1_.5", "ValueError: could not convert string to float: '1_.5'"},
      {" inf ", "inf"},
      {"-Infinity", "-inf"},
      {"INFINITY", "inf"},
      {"infinit", "ValueError: could not convert string to float: 'infinit'"},
      {"nan", "nan"},
      {"-nan", "nan"},
      {"+NaN", "nan"},
      {"nan(1)", "ValueError: could not convert string to float: 'nan(1)'"},
      {"x", "ValueError: could not convert string to float: 'x'"},
      {"", "ValueError: could not convert string to float: ''"},
      {"  ", "ValueError: could not convert string to float: '  '"},
      {"0x10", "ValueError: could not convert string to float: '0x10'"},
      {"1e500", "inf"},
      {"-1e500", "-inf"},
      {"1e-400", "0.0"},
      {"-1e-400", "-0.0"},
      {"2.4703282292062327e-324", "0.0"},
      {"2.4703282292062328e-324", "5e-324"},
      {"1.7976931348623159e308", "inf"},
      {"0.1000000000000000055511151231257827021181583404541015625", "0.1"},
      {"\xd9""\xa3"".\xd9""\xa5""", "3.5"},
      {"\xc2""\xa0""1.5\xe2""\x80""\x83""", "1.5"},
      {"1\x1c""", "ValueError: could not convert string to float: '1\\x1c'"},
      {"\xc3""\xa9""", "ValueError: could not convert string to float: '\xc3""\xa9""'"},
      {"1e99999999999999999999999", "inf"},
      {"1e-99999999999999999999999", "0.0"},
      {"0e99999999999999", "0.0"},
      {"'\"", "ValueError: could not convert string to float: '\\'\"'"},
      {"\x09""1\x0a""", "1.0"},
      {"00000000000000000000000000000000000000001.25", "1.25"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.text));
    double d = 0;
    EXPECT_EQ(float_result(parse_float(c.text, d), d), c.expected);
  }
  double d = 0;
  ASSERT_TRUE(parse_float("-nan", d).ok());
  EXPECT_TRUE(std::isnan(d));
}

TEST(FloatTest, DivisionFloorDivisionModulo) {
  struct Case { double a, b; const char *div, *floordiv, *mod, *divmod; };
  const Case cases[] = {
      {7.5, 2.0, "3.75", "3.0", "1.5", "3.0 1.5"},
      {-7.5, 2.0, "-3.75", "-4.0", "0.5", "-4.0 0.5"},
      {7.5, -2.0, "-3.75", "-4.0", "-0.5", "-4.0 -0.5"},
      {-7.5, -2.0, "3.75", "3.0", "-1.5", "3.0 -1.5"},
      {1.0, 0.0, "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()"},
      {0.0, 5.0, "0.0", "0.0", "0.0", "0.0 0.0"},
      {-0.0, 5.0, "-0.0", "-0.0", "0.0", "-0.0 0.0"},
      {0.0, -5.0, "-0.0", "-0.0", "-0.0", "-0.0 -0.0"},
      {5.0, -2.0, "-2.5", "-3.0", "-1.0", "-3.0 -1.0"},
      {1.0, kInf, "0.0", "0.0", "1.0", "0.0 1.0"},
      {-1.0, kInf, "-0.0", "-1.0", "inf", "-1.0 inf"},
      {kInf, 1.0, "inf", "nan", "nan", "nan nan"},
      {kNaN, 1.0, "nan", "nan", "nan", "nan nan"},
      {1e+308, 1e-308, "inf", "inf", "3.498445546245627e-309", "inf 3.498445546245627e-309"},
      {0.1, 0.01, "10.0", "10.0", "3.469446951953614e-18", "10.0 3.469446951953614e-18"},
      {-1e-300, 1e+300, "-0.0", "-1.0", "1e+300", "-1.0 1e+300"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(float_repr(c.a) + " and " + float_repr(c.b));
    double q = 0, r = 0;
    EXPECT_EQ(float_result(float_div(c.a, c.b, q), q), c.div);
    EXPECT_EQ(float_result(float_floordiv(c.a, c.b, q), q), c.floordiv);
    EXPECT_EQ(float_result(float_mod(c.a, c.b, r), r), c.mod);
    const Status s = float_divmod(c.a, c.b, q, r);
    EXPECT_EQ(s.ok() ? float_repr(q) + " " + float_repr(r) : s.to_string(), c.divmod);
  }
}

TEST(FloatTest, Power) {
  // A negative base to a fractional power is complex in CPython: the VM
  // handles that case before float_pow, which reports math.pow's ValueError.
  struct Case { double a, b; const char* expected; };
  const Case cases[] = {
      {2.0, 0.5, "1.4142135623730951"},
      {2.0, -1.0, "0.5"},
      {0.0, -1.0, "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
      {-0.0, -2.0, "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
      {0.0, 0.0, "1.0"},
      {kNaN, 0.0, "1.0"},
      {1.0, kNaN, "1.0"},
      {kNaN, 1.0, "nan"},
      {-2.0, 3.0, "-8.0"},
      {-2.0, -3.0, "-0.125"},
      {-2.0, 0.5, "ValueError: negative number cannot be raised to a fractional power"},
      {-8.0, 0.3333333333333333, "ValueError: negative number cannot be raised to a fractional power"},
      {-1.0, kInf, "1.0"},
      {0.5, kInf, "0.0"},
      {0.5, -kInf, "inf"},
      {2.0, kInf, "inf"},
      {kInf, -3.0, "0.0"},
      {-kInf, -3.0, "-0.0"},
      {-kInf, 3.0, "-inf"},
      {-kInf, 2.0, "inf"},
      {-0.0, 3.0, "-0.0"},
      {10.0, 400.0, "OverflowError: (34, 'Numerical result out of range')"},
      {-2.0, 1e+300, "OverflowError: (34, 'Numerical result out of range')"},
      {-1.0, 1e+300, "1.0"},
      {2.0, -1080.0, "0.0"},
      {2.0, -1074.0, "5e-324"},
      {1.0, kInf, "1.0"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(float_repr(c.a) + " ** " + float_repr(c.b));
    double d = 0;
    EXPECT_EQ(float_result(float_pow(c.a, c.b, d), d), c.expected);
  }
}

TEST(FloatTest, RoundToInt) {
  struct Case { double x; const char* expected; };
  const Case cases[] = {
      {0.5, "0"},
      {1.5, "2"},
      {2.5, "2"},
      {-0.5, "0"},
      {-1.5, "-2"},
      {-2.5, "-2"},
      {0.49999999999999994, "0"},
      {1e+22, "10000000000000000000000"},
      {-3.7, "-4"},
      {4500000000000000.5, "4500000000000000"},
      {kInf, "OverflowError: cannot convert float infinity to integer"},
      {-kInf, "OverflowError: cannot convert float infinity to integer"},
      {kNaN, "ValueError: cannot convert float NaN to integer"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.x);
    Int r;
    const Status s = float_round_to_int(c.x, r);
    EXPECT_EQ(int_result(s, r), expected_int(c.expected));
  }
}

TEST(FloatTest, RoundToDigits) {
  struct Case { double x; std::int64_t ndigits; const char* expected; };
  const Case cases[] = {
      {2.675, 2, "2.67"},
      {1.005, 2, "1.0"},
      {0.125, 2, "0.12"},
      {0.375, 2, "0.38"},
      {0.5, 0, "0.0"},
      {-0.5, 0, "-0.0"},
      {1.5, 0, "2.0"},
      {2.5, 0, "2.0"},
      {1234.5, -1, "1230.0"},
      {1235.0, -1, "1240.0"},
      {1245.0, -1, "1240.0"},
      {5000.0, -4, "0.0"},
      {15000.0, -4, "20000.0"},
      {123.456, -2, "100.0"},
      {-123.456, -3, "-0.0"},
      {1e+308, -308, "1e+308"},
      {1.7976931348623157e+308, -308, "OverflowError: rounded value too large to represent"},
      {5e-324, 323, "0.0"},
      {5e-324, 324, "5e-324"},
      {1.5, 400, "1.5"},
      {1.5, -400, "0.0"},
      {-1.5, -400, "-0.0"},
      {kInf, 2, "inf"},
      {kNaN, 1, "nan"},
      {-0.0, 2, "-0.0"},
      {-0.0001, 2, "-0.0"},
      {0.30000000000000004, 15, "0.3"},
      {0.30000000000000004, 16, "0.3"},
      {123456789.98765433, -9, "0.0"},
      {1e-10, 5, "0.0"},
      {2.5e-05, 5, "3e-05"},
      {1e+22, -22, "1e+22"},
      {9.5e+22, -23, "1e+23"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(float_repr(c.x) + " to " + std::to_string(c.ndigits));
    double d = 0;
    EXPECT_EQ(float_result(float_round(c.x, c.ndigits, d), d), c.expected);
  }
}

TEST(FloatTest, HexRatioAndIsInteger) {
  struct Case { double x; const char *hex, *ratio; };
  const Case cases[] = {
      {0.0, "0x0.0p+0", "0/1"},
      {-0.0, "-0x0.0p+0", "0/1"},
      {1.0, "0x1.0000000000000p+0", "1/1"},
      {0.5, "0x1.0000000000000p-1", "1/2"},
      {0.1, "0x1.999999999999ap-4", "3602879701896397/36028797018963968"},
      {-0.1, "-0x1.999999999999ap-4", "-3602879701896397/36028797018963968"},
      {5e-324, "0x0.0000000000001p-1022", "1/2**1074"},
      {2.2250738585072014e-308, "0x1.0000000000000p-1022", "1/2**1022"},
      {1e+308, "0x1.1ccf385ebc8a0p+1023", "100000000000000001097906362944045541740492309677311846336810682903157585404911491537163328978494688899061249669721172515611590283743140088328307009198146046031271664502933027185697489699588559043338384466165001178426897626212945177628091195786707458122783970171784415105291802893207873272974885715430223118336/1"},
      {-1.5, "-0x1.8000000000000p+0", "-3/2"},
      {kInf, "inf", "OverflowError: cannot convert Infinity to integer ratio"},
      {-kInf, "-inf", "OverflowError: cannot convert Infinity to integer ratio"},
      {kNaN, "nan", "ValueError: cannot convert NaN to integer ratio"},
      {0.3333333333333333, "0x1.5555555555555p-2", "6004799503160661/18014398509481984"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.x);
    EXPECT_EQ(float_hex(c.x), c.hex);
    Int num, den;
    const Status s = float_as_integer_ratio(c.x, num, den);
    if (is_error(c.ratio)) {
      EXPECT_EQ(s.to_string(), c.ratio);
    } else {
      const std::string ratio = c.ratio;
      const std::size_t slash = ratio.find('/');
      EXPECT_EQ(dec(num), dec(big(ratio.substr(0, slash))));
      EXPECT_EQ(dec(den), dec(big(ratio.substr(slash + 1))));
    }
  }
  EXPECT_TRUE(float_is_integer(-3.0));
  EXPECT_TRUE(float_is_integer(1e300));
  EXPECT_FALSE(float_is_integer(0.5));
  EXPECT_FALSE(float_is_integer(kInf));
  EXPECT_FALSE(float_is_integer(kNaN));
}

// --- Hashing ------------------------------------------------------------------

TEST(HashTest, Ints) {
  struct Case { const char* a; std::int64_t expected; };
  const Case cases[] = {
      {"0", 0LL},
      {"1", 1LL},
      {"-1", -2LL},
      {"-2", -2LL},
      {"2305843009213693950", 2305843009213693950LL},
      {"2305843009213693951", 0LL},
      {"2305843009213693952", 1LL},
      {"-2305843009213693952", -2LL},
      {"9223372036854775807", 3LL},
      {"-9223372036854775808", -4LL},
      {"9223372036854775808", 4LL},
      {"18446744073709551615", 7LL},
      {"1000000000000000000000000000000", 465258685558744706LL},
      {"-1000000000000000000000000000000", -465258685558744706LL},
      {"3**200", 424410663027747676LL},
      {"-3**200", -424410663027747676LL},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.a);
    EXPECT_EQ(hash_int(big(c.a)), c.expected);
  }
}

TEST(HashTest, FloatsHashLikeEqualInts) {
  struct Case { double x; std::int64_t expected; };
  const Case cases[] = {
      {0.0, 0LL},
      {-0.0, 0LL},
      {1.0, 1LL},
      {-1.0, -2LL},
      {0.5, 1152921504606846976LL},
      {-0.5, -1152921504606846976LL},
      {0.1, 230584300921369408LL},
      {-0.1, -230584300921369408LL},
      {1.5, 1152921504606846977LL},
      {1e+300, 1224995262755759164LL},
      {1.5e-300, 1876877353711978326LL},
      {1e-320, 33957085184LL},
      {2.305843009213694e+18, 1LL},
      {4.611686018427388e+18, 2LL},
      {-9.223372036854776e+18, -4LL},
      {123456789.123, 283618680910892309LL},
      {kInf, 314159LL},
      {-kInf, -314159LL},
      {5e-324, 16777216LL},
      {1.7976931348623157e+308, 2234066890152476671LL},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.x);
    EXPECT_EQ(hash_double(c.x, 0), c.expected);
  }
  EXPECT_EQ(hash_double(12345.0, 0), hash_int(12345));
  EXPECT_EQ(hash_double(-2.0 * 9223372036854775808.0, 0), hash_int(big("-2**64")));
  // NaN hashes by identity, rotated right by four bits like _Py_HashPointer.
  EXPECT_EQ(hash_double(kNaN, 0x7f0012345670), 0x7f001234567);
  EXPECT_EQ(hash_double(kNaN, 0x18), static_cast<std::int64_t>(0x8000000000000001ULL));
  EXPECT_EQ(hash_pointer(0xffffffffffffffffULL), -2);  // would be -1
}

// --- format() -----------------------------------------------------------------

TEST(FormatTest, Ints) {
  struct Case { const char *value, *spec, *expected; };
  const Case cases[] = {
      {"1234567", "", "1234567"},
      {"1234567", "d", "1234567"},
      {"1234567", ",", "1,234,567"},
      {"1234567", "_", "1_234_567"},
      {"1234567", "_x", "12_d687"},
      {"1234567", "#_b", "0b1_0010_1101_0110_1000_0111"},
      {"255", "#x", "0xff"},
      {"255", "#X", "0XFF"},
      {"255", "#o", "0o377"},
      {"-255", "#b", "-0b11111111"},
      {"0", "#b", "0b0"},
      {"-5", "+", "-5"},
      {"5", "+", "+5"},
      {"5", " ", " 5"},
      {"-5", " ", "-5"},
      {"42", "08", "00000042"},
      {"-42", "08", "-0000042"},
      {"-42", "<8", "-42     "},
      {"-42", "^8", "  -42   "},
      {"-42", "=8", "-     42"},
      {"-42", "*^9", "***-42***"},
      {"42", "\xe2""\x82""\xac"">6", "\xe2""\x82""\xac""\xe2""\x82""\xac""\xe2""\x82""\xac""\xe2""\x82""\xac""42"},
      {"-1234", "020,", "-000,000,000,001,234"},
      {"1234", "0=+20,", "+000,000,000,001,234"},
      {"1000", "08,", "0,001,000"},
      {"1000", "07,", "001,000"},
      {"12345678", "#020_x", "0x000_0000_00bc_614e"},
      {"-12345678", "#020_X", "-0X00_0000_00BC_614E"},
      {"-255", "#010_o", "-0o00_0377"},
      {"65", "c", "A"},
      {"65", "10c", "         A"},
      {"65", "010c", "000000000A"},
      {"8364", "^5c", "  \xe2""\x82""\xac""  "},
      {"-1", "c", "OverflowError: %c arg not in range(0x110000)"},
      {"1114112", "c", "OverflowError: %c arg not in range(0x110000)"},
      {"18446744073709551616", "c", "OverflowError: Python int too large to convert to C long"},
      {"65", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"},
      {"65", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
      {"1", ".2", "ValueError: Precision not allowed in integer format specifier"},
      {"1", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
      {"1", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"},
      {"1", "a'b", "ValueError: Invalid format specifier 'a'b' for object of type 'int'"},
      {"1", "s", "ValueError: Unknown format code 's' for object of type 'int'"},
      {"1", "\x01""", "ValueError: Unknown format code '\\x1' for object of type 'int'"},
      {"1", "\xe2""\x82""\xac""", "ValueError: Unknown format code '\\x20ac' for object of type 'int'"},
      {"1", ",s", "ValueError: Cannot specify ',' with 's'."},
      {"1", ",x", "ValueError: Cannot specify ',' with 'x'."},
      {"1", ",b", "ValueError: Cannot specify ',' with 'b'."},
      {"1", "_c", "ValueError: Cannot specify '_' with 'c'."},
      {"1", "_n", "ValueError: Cannot specify '_' with 'n'."},
      {"1", ",,", "ValueError: Cannot specify ',' with ','."},
      {"1", ",_", "ValueError: Cannot specify both ',' and '_'."},
      {"1", "_,", "ValueError: Cannot specify both ',' and '_'."},
      {"1", ".", "ValueError: Format specifier missing precision"},
      {"1", "111111111111111111111111111111", "ValueError: Too many decimal digits in format string"},
      {"1234567", "n", "1234567"},
      {"1234567", "e", "1.234567e+06"},
      {"1234567", ".2f", "1234567.00"},
      {"1234567", "%", "123456700.000000%"},
      {"1234567", ",.1f", "1,234,567.0"},
      {"10**400", "e", "OverflowError: int too large to convert to float"},
      {"1", "<<<", "ValueError: Unknown format code '<' for object of type 'int'"},
      {"1", "=+,", "+1"},
      {"3", "\xd9""\xa5""", "    3"},
      {"12", "0<5", "12000"},
      {"-12", "0>5", "00-12"},
      {"-12", ">05", "00-12"},
      {"-3", "=^10", "====-3===="},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string("format(") + c.value + ", '" + c.spec + "')");
    std::string out;
    const Status s = format_int(big(c.value), c.spec, out);
    EXPECT_EQ(text_result(s, out), c.expected);
  }
  std::string out;
  EXPECT_EQ(format_int(1, "s", out, "bool").to_string(),
            "ValueError: Unknown format code 's' for object of type 'bool'");
  EXPECT_EQ(format_int(1, "abc", out, "bool").to_string(),
            "ValueError: Invalid format specifier 'abc' for object of type 'bool'");
}

TEST(FormatTest, Floats) {
  struct Case { double x; const char *spec, *expected; };
  const Case cases[] = {
      {1.0, "", "1.0"},
      {1e+16, "", "1e+16"},
      {1.0, ".3", "1.0"},
      {1.5, ".3", "1.5"},
      {1e+16, ".3", "1e+16"},
      {123456.0, ".3", "1.23e+05"},
      {1.0, "#.3", "1.00"},
      {1.0, "#", "1.0"},
      {1.0, "#.0", "1.e+00"},
      {1.0, "#g", "1.00000"},
      {100.0, "#.0f", "100."},
      {1.0, "g", "1"},
      {1e-05, "", "1e-05"},
      {0.0001, "", "0.0001"},
      {1.0, ".0e", "1e+00"},
      {1.0, "#.0e", "1.e+00"},
      {0.0, ".0g", "0"},
      {0.0, "#.0g", "0."},
      {12345.678, ",.2f", "12,345.68"},
      {12345.678, "_", "12_345.678"},
      {1234567.0, ",", "1,234,567.0"},
      {1e+20, ",", "1e+20"},
      {1e+20, "_f", "100_000_000_000_000_000_000.000000"},
      {1234567.5, "n", "1.23457e+06"},
      {1234.5, "010n", "00001234.5"},
      {1.5, "%", "150.000000%"},
      {1.5, ".0%", "150%"},
      {-0.0, "", "-0.0"},
      {-0.0, "z", "0.0"},
      {-0.0, "zf", "0.000000"},
      {-0.0001, "z.2f", "0.00"},
      {-1e-10, "z.3g", "-1e-10"},
      {-0.0, "z%", "0.000000%"},
      {kNaN, "010", "0000000nan"},
      {-kInf, "010", "-000000inf"},
      {kInf, "=+10", "+      inf"},
      {kNaN, "F", "NAN"},
      {kInf, "E", "INF"},
      {kInf, "%", "inf%"},
      {kNaN, "+", "+nan"},
      {kNaN, "", "nan"},
      {0.1, ".20f", "0.10000000000000000555"},
      {1e+22, ".0f", "10000000000000000000000"},
      {5e-324, "e", "4.940656e-324"},
      {5e-324, ".20e", "4.94065645841246544177e-324"},
      {2.5, ".0f", "2"},
      {3.5, ".0f", "4"},
      {0.125, ".2f", "0.12"},
      {1e+22, "g", "1e+22"},
      {0.0001, "g", "0.0001"},
      {123456789.0, "", "123456789.0"},
      {1.23456789e-07, ".3", "1.23e-07"},
      {10.0, ".1", "1e+01"},
      {12.0, ".2", "1.2e+01"},
      {1000000.0, "010,.1f", "1,000,000.0"},
      {-1000000.0, "0=12,.1f", "-1,000,000.0"},
      {-1000000.0, "012_.1f", "-1_000_000.0"},
      {1.5, "0<10", "1.50000000"},
      {1.5, "^10", "   1.5    "},
      {3.14159, "+08.3f", "+003.142"},
      {-3.14159, " 12.4e", " -3.1416e+00"},
      {3.14159, "G", "3.14159"},
      {1e-07, "G", "1E-07"},
      {1.0, "d", "ValueError: Unknown format code 'd' for object of type 'float'"},
      {1.0, "c", "ValueError: Unknown format code 'c' for object of type 'float'"},
      {1.0, ".2s", "ValueError: Unknown format code 's' for object of type 'float'"},
      {1.0, ",s", "ValueError: Cannot specify ',' with 's'."},
      {1.0, "ab", "ValueError: Invalid format specifier 'ab' for object of type 'float'"},
      {1.0, "_n", "ValueError: Cannot specify '_' with 'n'."},
      {1.0, ".3000000000f", "ValueError: precision too big"},
      {1.0, ".99999999999999999999", "ValueError: Too many decimal digits in format string"},
      {1.0, "+z#=010,.2%", "ValueError: Invalid format specifier '+z#=010,.2%' for object of type 'float'"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(float_repr(c.x) + " with '" + c.spec + "'");
    std::string out;
    const Status s = format_float(c.x, c.spec, out);
    EXPECT_EQ(text_result(s, out), c.expected);
  }
}

TEST(FormatTest, Strings) {
  struct Case { const char *value, *spec, *expected; };
  const Case cases[] = {
      {"abc", "", "abc"},
      {"abc", ".2", "ab"},
      {"abc", "5", "abc  "},
      {"abc", ">5", "  abc"},
      {"abc", "^6", " abc  "},
      {"abc", "*^7", "**abc**"},
      {"abc\xc3""\xa9""", "x^9.3", "xxxabcxxx"},
      {"\xe6""\x97""\xa5""\xe6""\x9c""\xac""\xe8""\xaa""\x9e""", ">6", "   \xe6""\x97""\xa5""\xe6""\x9c""\xac""\xe8""\xaa""\x9e"""},
      {"\xe6""\x97""\xa5""\xe6""\x9c""\xac""\xe8""\xaa""\x9e""", ".2", "\xe6""\x97""\xa5""\xe6""\x9c""\xac"""},
      {"\xf0""\x9f""\x98""\x80""ab", "^7", "  \xf0""\x9f""\x98""\x80""ab  "},
      {"a", "010", "a000000000"},
      {"a", "0<5", "a0000"},
      {"a", "\xc3""\xb6""<5", "a\xc3""\xb6""\xc3""\xb6""\xc3""\xb6""\xc3""\xb6"""},
      {"a", "s", "a"},
      {"a", "=5", "ValueError: '=' alignment not allowed in string format specifier"},
      {"a", "#=5s", "ValueError: '=' alignment not allowed in string format specifier"},
      {"a", "+", "ValueError: Sign not allowed in string format specifier"},
      {"a", " ", "ValueError: Space not allowed in string format specifier"},
      {"a", "-", "ValueError: Sign not allowed in string format specifier"},
      {"a", "z", "ValueError: Negative zero coercion (z) not allowed in string format specifier"},
      {"a", "#", "ValueError: Alternate form (#) not allowed in string format specifier"},
      {"a", ",", "ValueError: Cannot specify ',' with 's'."},
      {"a", "_s", "ValueError: Cannot specify '_' with 's'."},
      {"a", "d", "ValueError: Unknown format code 'd' for object of type 'str'"},
      {"a", "=5d", "ValueError: Unknown format code 'd' for object of type 'str'"},
      {"a", "ab", "ValueError: Invalid format specifier 'ab' for object of type 'str'"},
      {"a", "\xe2""\x82""\xac""", "ValueError: Unknown format code '\\x20ac' for object of type 'str'"},
      {"abc", ".0", ""},
      {"", "3", "   "},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string("format('") + c.value + "', '" + c.spec + "')");
    std::string out;
    const Status s = format_str(c.value, c.spec, out);
    EXPECT_EQ(text_result(s, out), c.expected);
  }
}

TEST(FormatTest, ParsedSpec) {
  FormatSpec f;
  ASSERT_TRUE(parse_format_spec("*^+z#012_.3e", 0, '>', "float", f).ok());
  EXPECT_EQ(f.fill, U'*');
  EXPECT_EQ(f.align, '^');
  EXPECT_EQ(f.sign, '+');
  EXPECT_TRUE(f.no_neg_zero);
  EXPECT_TRUE(f.alternate);
  EXPECT_EQ(f.width, 12);
  EXPECT_EQ(f.grouping, '_');
  EXPECT_EQ(f.precision, 3);
  EXPECT_EQ(f.type, U'e');
}

// --- printf-style -------------------------------------------------------------

PrintfSpec printf_spec(std::string_view flags, std::int64_t width, std::int64_t precision,
                       char type) {
  PrintfSpec spec;
  spec.left_adjust = flags.find('-') != std::string_view::npos;
  spec.plus_sign = flags.find('+') != std::string_view::npos;
  spec.blank_sign = flags.find(' ') != std::string_view::npos;
  spec.alternate = flags.find('#') != std::string_view::npos;
  spec.zero_pad = flags.find('0') != std::string_view::npos;
  spec.width = width;
  spec.precision = precision;
  spec.type = type;
  return spec;
}

TEST(PrintfTest, Ints) {
  struct Case {
    const char *value, *flags;
    std::int64_t width, precision;
    char type;
    const char* expected;
  };
  const Case cases[] = {
      {"-3", "-0", 5, -1, 'd', "-3   "},
      {"-3", "0", 5, -1, 'd', "-0003"},
      {"3", "+0", 5, -1, 'd', "+0003"},
      {"3", " ", 5, -1, 'd', "    3"},
      {"255", "#", -1, -1, 'x', "0xff"},
      {"-255", "#0", 8, -1, 'x', "-0x000ff"},
      {"255", "#-", 8, -1, 'x', "0xff    "},
      {"255", "#", 8, -1, 'X', "    0XFF"},
      {"-42", "", -1, 5, 'd', "-00042"},
      {"8", "#", -1, 5, 'o', "0o00010"},
      {"0", "#", -1, -1, 'o', "0o0"},
      {"1", "#", 5, 3, 'x', "0x001"},
      {"-7", "", -1, -1, 'u', "-7"},
      {"100000000000000000000", "+", -1, -1, 'i', "+100000000000000000000"},
      {"-1180591620717411303424", "#0", 30, -1, 'X', "-0X000000000400000000000000000"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.expected);
    std::string out;
    const PrintfSpec spec = printf_spec(c.flags, c.width, c.precision, c.type);
    const Status s = printf_format_int(big(c.value), spec, out);
    EXPECT_EQ(text_result(s, out), c.expected);
  }
}

TEST(PrintfTest, Floats) {
  struct Case {
    double x;
    const char* flags;
    std::int64_t width, precision;
    char type;
    const char* expected;
  };
  const Case cases[] = {
      {-3.14159, "0", 8, 3, 'f', "-003.142"},
      {3.14159, "-", 8, 3, 'e', "3.142e+00"},
      {1e+20, "+", -1, -1, 'g', "+1e+20"},
      {1.0, "#", -1, -1, 'g', "1.00000"},
      {kInf, "0", 10, -1, 'f', "0000000inf"},
      {-kInf, "-0", 10, -1, 'f', "-inf      "},
      {kNaN, "", -1, -1, 'F', "NAN"},
      {0.5, "", -1, 0, 'f', "0"},
      {0.5, "#", -1, 0, 'f', "0."},
      {-0.0, " ", 6, 1, 'f', "  -0.0"},
      {1234.5, "", -1, -1, 'E', "1.234500E+03"},
      {1e-07, "", -1, 2, 'G', "1E-07"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.expected);
    std::string out;
    const PrintfSpec spec = printf_spec(c.flags, c.width, c.precision, c.type);
    const Status s = printf_format_float(c.x, spec, out);
    EXPECT_EQ(text_result(s, out), c.expected);
  }
}

TEST(PrintfTest, Text) {
  struct Case { const char *text, *flags; std::int64_t width, precision; const char* expected; };
  const Case cases[] = {
      {"ab", "", 5, -1, "   ab"},
      {"ab", "-", 5, -1, "ab   "},
      {"ab", "", -1, 1, "a"},
      {"ab", "0", 5, -1, "   ab"},
      {"ab", "+", -1, -1, "ab"},
      {"\xe6""\x97""\xa5""\xe6""\x9c""\xac""\xe8""\xaa""\x9e""", "", 5, 2, "   \xe6""\x97""\xa5""\xe6""\x9c""\xac"""},
      {"h\xc3""\xa9""llo", "-", 7, 4, "h\xc3""\xa9""ll   "},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.expected);
    std::string out;
    const PrintfSpec spec = printf_spec(c.flags, c.width, c.precision, 's');
    const Status s = printf_format_text(c.text, spec, out);
    EXPECT_EQ(text_result(s, out), c.expected);
  }
}

// --- Text helpers -------------------------------------------------------------

TEST(TextTest, StrRepr) {
  struct Case { std::string_view text; const char* expected; };
  const Case cases[] = {
      {"abc", "'abc'"},
      {"it's", "\"it's\""},
      {"say \"hi\"", "'say \"hi\"'"},
      {"both ' and \"", "'both \\' and \"'"},
      {"tab\x09""here", "'tab\\there'"},
      {"nl\x0a""", "'nl\\n'"},
      {"\\", "'\\\\'"},
      {"\x00""\x7f"""sv, "'\\x00\\x7f'"},
      {"\xc3""\xa9""\xe6""\x97""\xa5""\xe6""\x9c""\xac""", "'\xc3""\xa9""\xe6""\x97""\xa5""\xe6""\x9c""\xac""'"},
      {"\xc2""\xa0""\xe2""\x80""\x8b""\xe2""\x80""\xa8""", "'\\xa0\\u200b\\u2028'"},
      {"\xf0""\x9f""\x98""\x80""", "'\xf0""\x9f""\x98""\x80""'"},
      {"\xf3""\xa0""\x80""\x81""", "'\\U000e0001'"},
  };
  for (const Case& c : cases) EXPECT_EQ(py_str_repr(c.text), c.expected);
  EXPECT_EQ(py_str_repr("abcdef", 4), "'abc");
  EXPECT_EQ(count_code_points("h\xc3\xa9\xe6\x97\xa5\xf0\x9f\x98\x80"), 4u);
  EXPECT_EQ(unicode_decimal_value(0x0663), 3);
  EXPECT_EQ(unicode_decimal_value(0x1D7CE), 0);
  EXPECT_EQ(unicode_decimal_value(0x00B2), -1);  // superscript two is not decimal
  EXPECT_TRUE(unicode_is_space(0x3000));
  EXPECT_FALSE(unicode_is_space(0x200B));
}

TEST(StatusTest, NamesAndMessages) {
  const Status ok;
  EXPECT_TRUE(ok.ok());
  EXPECT_EQ(ok.type_name(), std::string());
  const Status err = zero_division_error("division by zero");
  EXPECT_FALSE(err.ok());
  EXPECT_EQ(err.kind(), ErrorKind::ZeroDivisionError);
  EXPECT_EQ(err.to_string(), "ZeroDivisionError: division by zero");
  EXPECT_EQ(memory_error().to_string(), "MemoryError");
}

}  // namespace
}  // namespace coil::num
