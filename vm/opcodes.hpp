// Opcode numbers, names and stack effects, all generated from opcodes.def.
#pragma once

#include <cstdint>
#include <vector>

namespace coil::vm {

enum class Op : uint8_t {
#define OP(name, effect, jump_effect, doc) name,
#include "vm/opcodes.def"
#undef OP
  kCount
};

inline constexpr uint32_t encode(Op op, uint32_t arg = 0) {
  return static_cast<uint32_t>(op) | (arg << 8);
}
inline constexpr Op op_of(uint32_t ins) { return static_cast<Op>(ins & 0xFF); }
inline constexpr uint32_t arg_of(uint32_t ins) { return ins >> 8; }
inline constexpr uint32_t kMaxArg = (1u << 24) - 1;

const char* op_name(Op op);
// Net stack depth change of (op, arg), when it jumps or when it falls through.
int stack_effect(Op op, int arg, bool jump);
// True for instructions whose argument is a jump target.
bool has_jump_target(Op op);
// The instruction a superinstruction stands for (its first), or op itself.
Op unfused(Op op);
// Rewrites the first instruction of each common pair in finished code into
// its superinstruction (opcodes.def); jump targets, lines and handlers stay.
void fuse_superinstructions(std::vector<uint32_t>& code);
#ifdef COIL_OPSTATS
// The opcode and opcode-pair counts of VM::opstats, most frequent first.
void print_opstats(const std::vector<uint64_t>& counts);
#endif

}  // namespace coil::vm
