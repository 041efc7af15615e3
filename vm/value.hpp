// Value: one coil value in 8 bytes (NaN-boxing).
//
// A double is stored as itself. Everything else lives in the payload of a
// quiet NaN whose top 16 bits select the tag:
//   0xFFF9  heap object pointer (48 bits)
//   0xFFFA  small int, signed 48 bits; larger ints are BigInt objects
//   0xFFFB  special constants: None, False, True, and the VM's internal markers
// Doubles that are NaN are canonicalised, so no real double has a top half of
// 0xFFF9 or above. Ints, floats, bools and None never touch the heap.
// All access goes through the accessors, so the encoding can change in one place.
#pragma once

#include <cstdint>
#include <cstring>

namespace coil::vm {

struct Obj;

class Value {
 public:
  static constexpr int64_t kIntMax = (int64_t(1) << 47) - 1;
  static constexpr int64_t kIntMin = -(int64_t(1) << 47);

  constexpr Value() : bits_(kNoneBits) {}

  static Value from_double(double d) {
    if (d != d) return Value(kCanonicalNaN);
    uint64_t b;
    std::memcpy(&b, &d, sizeof b);
    return Value(b);
  }
  // Precondition: fits_small_int(i). Use vm::make_int for arbitrary int64.
  static constexpr Value small_int(int64_t i) {
    return Value(kIntTag | (static_cast<uint64_t>(i) & kPayloadMask));
  }
  static constexpr bool fits_small_int(int64_t i) { return i >= kIntMin && i <= kIntMax; }
  static Value object(const Obj* o) {
    return Value(kObjTag | reinterpret_cast<uint64_t>(o));
  }
  static constexpr Value none() { return Value(kNoneBits); }
  static constexpr Value boolean(bool b) { return Value(b ? kTrueBits : kFalseBits); }
  // Marks "an exception is pending on the VM" in native return values.
  static constexpr Value exception() { return Value(kSpecialTag | 3); }
  // An unbound local or empty cell; also the NULL slot of a call sequence.
  static constexpr Value null() { return Value(kSpecialTag | 4); }
  // A str being built by `local += ...` (see INPLACE_ADD_LOCAL): only ever
  // held in one fast local of one frame, so it may grow in place. Reading
  // the local any other way turns it back into a plain object reference.
  static Value builder(const Obj* o) {
    return Value(kBuilderTag | reinterpret_cast<uint64_t>(o));
  }
  bool is_builder() const { return (bits_ & kTagMask) == kBuilderTag; }
  // A builder reference as an ordinary object reference; other values unchanged.
  Value unbuilt() const { return is_builder() ? Value(kObjTag | (bits_ & kPayloadMask)) : *this; }
  // A deleted slot in a set's table.
  static constexpr Value dummy() { return Value(kSpecialTag | 5); }

  bool is_double() const { return bits_ < kObjTag; }
  bool is_int() const { return (bits_ & kTagMask) == kIntTag; }
  bool is_obj() const { return (bits_ & kTagMask) == kObjTag; }
  bool is_none() const { return bits_ == kNoneBits; }
  bool is_bool() const { return bits_ == kTrueBits || bits_ == kFalseBits; }
  bool is_false_const() const { return bits_ == kFalseBits; }
  bool is_exception() const { return bits_ == exception().bits_; }
  bool is_null() const { return bits_ == null().bits_; }

  double as_double() const {
    double d;
    std::memcpy(&d, &bits_, sizeof d);
    return d;
  }
  int64_t as_int() const {
    // Sign-extend the 48-bit payload.
    return static_cast<int64_t>(bits_ << 16) >> 16;
  }
  // A small int's value times 2^16 (its payload in the top 48 bits): sums,
  // differences and order of these are the ints', with 48-bit overflow
  // showing as int64 overflow.
  int64_t shifted_int() const { return static_cast<int64_t>(bits_ << 16); }
  // The small int whose shifted_int() is s (its low 16 bits zero).
  static Value from_shifted_int(int64_t s) { return Value(kIntTag | (static_cast<uint64_t>(s) >> 16)); }
  bool as_bool() const { return bits_ == kTrueBits; }
  Obj* as_obj() const { return reinterpret_cast<Obj*>(bits_ & kPayloadMask); }

  uint64_t raw() const { return bits_; }
  // Identity: the `is` operator.
  bool is(Value other) const { return bits_ == other.bits_; }

 private:
  explicit constexpr Value(uint64_t bits) : bits_(bits) {}

  static constexpr uint64_t kTagMask = 0xFFFF000000000000ull;
  static constexpr uint64_t kPayloadMask = 0x0000FFFFFFFFFFFFull;
  static constexpr uint64_t kObjTag = 0xFFF9000000000000ull;
  static constexpr uint64_t kIntTag = 0xFFFA000000000000ull;
  static constexpr uint64_t kSpecialTag = 0xFFFB000000000000ull;
  static constexpr uint64_t kBuilderTag = 0xFFFC000000000000ull;
  static constexpr uint64_t kNoneBits = kSpecialTag | 0;
  static constexpr uint64_t kFalseBits = kSpecialTag | 1;
  static constexpr uint64_t kTrueBits = kSpecialTag | 2;
  static constexpr uint64_t kCanonicalNaN = 0x7FF8000000000000ull;

  uint64_t bits_;
};

static_assert(sizeof(Value) == 8);

}  // namespace coil::vm
