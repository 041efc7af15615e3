// Unit tests of str internals that scripts cannot reach directly: the UTF-8
// helpers, byte offsets of character indices, the in-place append used for
// `s += x`, the Unicode property tables and repr's escaping.
#include "vm/objects/str.hpp"

#include <gtest/gtest.h>

#include <string>

#include "vm/objects/objects.hpp"
#include "vm/vm.hpp"

using namespace coil::vm;

namespace {

class StrTest : public ::testing::Test {
 protected:
  VM vm{VMOptions{}};
  Str* s(const char* text) { return vm.new_str(text); }
};

TEST_F(StrTest, Utf8RoundTrip) {
  std::string out;
  for (uint32_t cp : {0x41u, 0xE9u, 0x20ACu, 0x1F600u, 0xD800u, 0x10FFFFu}) {
    out.clear();
    utf8_append(out, cp);
    const char* p = out.data();
    EXPECT_EQ(utf8_decode(p, out.data() + out.size()), cp);
    EXPECT_EQ(p, out.data() + out.size());
  }
  std::string text = "aé€😀bcdefghijklmnopé";
  EXPECT_EQ(utf8_count(text.data(), text.size()), 20u);
}

TEST_F(StrTest, ByteOffsets) {
  Str* u = s("héllo wörld 😀 and more text after it");
  EXPECT_EQ(str_byte_offset(u, 0), 0u);
  EXPECT_EQ(str_byte_offset(u, 2), 3u);
  EXPECT_EQ(str_byte_offset(u, 13), 18u);  // after the emoji
  EXPECT_EQ(str_byte_offset(u, u->length), u->size);
  Str* a = s("plain");
  EXPECT_EQ(str_byte_offset(a, 3), 3u);
}

TEST_F(StrTest, AppendUniqueGrowsInPlace) {
  Value v = str_append_unique(vm, s("ab"), s("c"));
  Str* b = as_str(v);
  EXPECT_TRUE(b->flags & kStrBuilder);
  EXPECT_EQ(b->view(), "abc");
  Value w = str_append_unique(vm, b, s("dé"));
  EXPECT_EQ(as_str(w), b);  // room left: same object
  EXPECT_EQ(b->view(), "abcdé");
  EXPECT_EQ(b->length, 5u);
  EXPECT_FALSE(b->is_ascii());
  for (int i = 0; i < 1000; ++i) w = str_append_unique(vm, as_str(w), s("xyz"));
  EXPECT_EQ(as_str(w)->length, 3005u);
  EXPECT_EQ(as_str(w)->data[as_str(w)->size], '\0');
}

TEST_F(StrTest, UnicodeProperties) {
  EXPECT_TRUE(unicode_isspace(0x3000));
  EXPECT_TRUE(unicode_isspace(0x1C));
  EXPECT_FALSE(unicode_isspace(0x200B));
  EXPECT_TRUE(unicode_isprintable(0x1F600));
  EXPECT_FALSE(unicode_isprintable(0xA0));
  EXPECT_FALSE(unicode_isprintable(0x378));  // unassigned
  EXPECT_TRUE(unicode_isalpha(0x65E5));
  EXPECT_EQ(unicode_decimal_value(0x0663), 3);   // ARABIC-INDIC DIGIT THREE
  EXPECT_EQ(unicode_decimal_value(0x1D7D9), 1);  // MATHEMATICAL DOUBLE-STRUCK DIGIT ONE
  EXPECT_EQ(unicode_decimal_value(0xB2), -1);    // superscript two: a digit, not decimal
  EXPECT_TRUE(unicode_is_id_start('_'));
  EXPECT_FALSE(unicode_is_id_start('1'));
  EXPECT_TRUE(unicode_is_id_continue('1'));
}

TEST_F(StrTest, Repr) {
  EXPECT_EQ(str_repr_text("it's"), "\"it's\"");
  EXPECT_EQ(str_repr_text("a\x01\x7f\xc2\x80"), "'a\\x01\\x7f\\x80'");
  EXPECT_EQ(str_repr_text("\xe2\x80\x8b"), "'\\u200b'");
  EXPECT_EQ(bytes_repr_text(std::string_view("\x00'", 2)), "b\"\\x00'\"");
}

}  // namespace
