// The program checks and tables of the re matcher (stdlib/re_engine.hpp).
#include <array>
#include <iterator>

#include "stdlib/re_engine.hpp"

namespace coil::vm::regex {

namespace {

// Length in words of the instruction at code[pc], 0 when it is not one.
size_t instruction_size(const std::vector<uint32_t>& code, size_t pc) {
  static constexpr uint8_t kSize[kOpCount] = {
      1, 1, 3, 1, 1, 3, 2, 3, 2, 2,  // MATCH SUCCEED LIT ANY ANY_ALL SET AT SPLIT JMP SAVE
      3, 3, 5, 2, 2, 6, 2, 5, 1, 2,  // GROUPREF GROUPEXISTS LOOK ATOMIC RPT_INIT RPT_LOOP RPT_ENTER STAR FAIL RPT_TRY
  };
  if (code[pc] >= kOpCount) return 0;
  size_t n = kSize[code[pc]];
  if (code[pc] == kSet && pc + 2 < code.size()) n += code[pc + 2];
  return pc + n <= code.size() ? n : 0;
}

// Walks the program once (false when it is malformed) and makes the ASCII
// bit map of each SET instruction.
bool map_sets(Program* p) {
  const std::vector<uint32_t>& code = p->code;
  p->set_map.assign(code.size(), kNoMap);
  for (size_t pc = 0; pc < code.size();) {
    size_t n = instruction_size(code, pc);
    if (n == 0) return false;
    if (code[pc] == kSet) {
      std::array<uint64_t, 2> bits = {0, 0};
      for (uint32_t ch = 0; ch < 128; ++ch) {
        if (match_one(code.data() + pc, ch)) bits[ch >> 6] |= uint64_t(1) << (ch & 63);
      }
      p->set_map[pc] = static_cast<uint32_t>(p->ascii_sets.size());
      p->ascii_sets.push_back(bits);
    }
    pc += n;
  }
  return true;
}

// The pc of the one-character instruction every match must start with:
// after the group starts (SAVE), a LIT/ANY/SET or a STAR of at least one
// such; -1 when there is none.
int64_t first_one_pc(const std::vector<uint32_t>& code) {
  size_t pc = 0;
  while (pc + 1 < code.size() && code[pc] == kSave) pc += 2;
  if (pc >= code.size()) return -1;
  switch (code[pc]) {
    case kLit:
    case kAny:
    case kAnyAll:
    case kSet: return static_cast<int64_t>(pc);
    case kStar: return code[pc + 1] >= 1 ? static_cast<int64_t>(pc + 5) : -1;
    default: return -1;
  }
}

}  // namespace

bool prepare_program(Program& p) {
  if (!map_sets(&p)) return false;
  p.first_one = first_one_pc(p.code);
  return true;
}

}  // namespace coil::vm::regex
