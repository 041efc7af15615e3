// Tables derived from opcodes.def.
#include "vm/opcodes.hpp"

#include <cstddef>

#ifdef COIL_OPSTATS
#include <algorithm>
#include <cstdio>
#endif

namespace coil::vm {

const char* op_name(Op op) {
  static const char* const names[] = {
#define OP(name, effect, jump_effect, doc) #name,
#include "vm/opcodes.def"
#undef OP
  };
  auto i = static_cast<unsigned>(op);
  return i < static_cast<unsigned>(Op::kCount) ? names[i] : "?";
}

int stack_effect(Op op, int arg, bool jump) {
  switch (op) {
#define OP(name, effect, jump_effect, doc) \
  case Op::name:                           \
    return jump ? (jump_effect) : (effect);
#include "vm/opcodes.def"
#undef OP
    default:
      return 0;
  }
}

bool has_jump_target(Op op) {
  switch (op) {
    case Op::JUMP:
    case Op::JUMP_BACKWARD:
    case Op::POP_JUMP_IF_FALSE:
    case Op::POP_JUMP_IF_TRUE:
    case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE:
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP:
    case Op::FOR_ITER:
    case Op::SEND:
      return true;
    default:
      return false;
  }
}

namespace {

// The superinstructions: (first, second) -> fused. Chosen by an opcode-pair
// profile (make OPSTATS=1) of the call, attribute and arithmetic benchmarks.
struct Fusion {
  Op first, second, fused;
};
constexpr Fusion kFusions[] = {
    {Op::PUSH_NULL, Op::LOAD_GLOBAL, Op::PUSH_NULL__LOAD_GLOBAL},
    {Op::LOAD_FAST, Op::LOAD_FAST, Op::LOAD_FAST__LOAD_FAST},
    {Op::LOAD_FAST, Op::LOAD_CONST, Op::LOAD_FAST__LOAD_CONST},
    {Op::LOAD_FAST, Op::LOAD_ATTR, Op::LOAD_FAST__LOAD_ATTR},
    {Op::STORE_FAST, Op::LOAD_FAST, Op::STORE_FAST__LOAD_FAST},
    {Op::COPY, Op::LOAD_ATTR, Op::COPY__LOAD_ATTR},
    {Op::SWAP, Op::STORE_ATTR, Op::SWAP__STORE_ATTR},
    {Op::LOAD_CONST, Op::BINARY_OP, Op::LOAD_CONST__BINARY_OP},
};

bool is_arith(Op op) {
  return op == Op::BINARY_ADD || op == Op::BINARY_SUB || op == Op::BINARY_MUL || op == Op::BINARY_OP;
}

// The triple starting at code[i] (LOAD_FAST, LOAD_FAST or LOAD_CONST, then
// arithmetic or a comparison), or NOP for none.
Op triple_at(const std::vector<uint32_t>& code, size_t i) {
  if (i + 2 >= code.size() || op_of(code[i]) != Op::LOAD_FAST) return Op::NOP;
  Op second = op_of(code[i + 1]), third = op_of(code[i + 2]);
  if (second != Op::LOAD_FAST && second != Op::LOAD_CONST) return Op::NOP;
  bool fast = second == Op::LOAD_FAST;
  if (is_arith(third)) return fast ? Op::LOAD_FAST__LOAD_FAST__ARITH : Op::LOAD_FAST__LOAD_CONST__ARITH;
  if (third == Op::COMPARE_OP) return fast ? Op::LOAD_FAST__LOAD_FAST__COMPARE : Op::LOAD_FAST__LOAD_CONST__COMPARE;
  return Op::NOP;
}

}  // namespace

Op unfused(Op op) {
  if (op >= Op::LOAD_FAST__LOAD_FAST__ARITH && op <= Op::LOAD_FAST__LOAD_CONST__COMPARE) return Op::LOAD_FAST;
  for (const Fusion& f : kFusions) {
    if (f.fused == op) return f.first;
  }
  return op;
}

void fuse_superinstructions(std::vector<uint32_t>& code) {
  // The second of a pair may itself start one (it runs fused when jumped to).
  // Only code[i] changes at step i, so code[i + 1] and code[i + 2] are
  // still as compiled.
  for (size_t i = 0; i + 1 < code.size(); ++i) {
    Op triple = triple_at(code, i);
    if (triple != Op::NOP) {
      code[i] = encode(triple, arg_of(code[i]));
      continue;
    }
    Op first = op_of(code[i]), second = op_of(code[i + 1]);
    for (const Fusion& f : kFusions) {
      if (f.first == first && f.second == second) {
        code[i] = encode(f.fused, arg_of(code[i]));
        break;
      }
    }
  }
}

#ifdef COIL_OPSTATS
void print_opstats(const std::vector<uint64_t>& counts) {
  // The opcodes and the pairs that ran most, most first.
  uint64_t total = 0;
  std::vector<uint64_t> single(256);
  std::vector<std::pair<uint64_t, uint32_t>> pairs;
  for (uint32_t i = 0; i < counts.size(); ++i) {
    if (!counts[i]) continue;
    total += counts[i];
    single[i & 0xFF] += counts[i];
    pairs.emplace_back(counts[i], i);
  }
  if (!total) return;
  std::vector<std::pair<uint64_t, uint32_t>> ops;
  for (uint32_t i = 0; i < 256; ++i)
    if (single[i]) ops.emplace_back(single[i], i);
  std::sort(ops.rbegin(), ops.rend());
  std::sort(pairs.rbegin(), pairs.rend());
  std::fprintf(stderr, "opstats: %llu instructions\n", static_cast<unsigned long long>(total));
  for (size_t i = 0; i < ops.size() && i < 25; ++i)
    std::fprintf(stderr, "  %5.2f%% %s\n", 100.0 * ops[i].first / total, op_name(static_cast<Op>(ops[i].second)));
  std::fprintf(stderr, "opstats: pairs\n");
  for (size_t i = 0; i < pairs.size() && i < 30; ++i)
    std::fprintf(stderr, "  %5.2f%% %s %s\n", 100.0 * pairs[i].first / total,
                 op_name(static_cast<Op>(pairs[i].second >> 8)), op_name(static_cast<Op>(pairs[i].second & 0xFF)));
}
#endif

}  // namespace coil::vm
