// Tables derived from opcodes.def.
#include "vm/opcodes.hpp"

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

}  // namespace coil::vm
