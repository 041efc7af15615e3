// Token names and texts, from the token.def X-macro.
#include "lexer/token.hpp"

#include "grammar.h"

namespace coil::lex {

const char* token_name(int type) {
  switch (type) {
    case kEndToken: return "ENDMARKER";
#define TOKEN(name, text) \
  case TK_##name:         \
    return #name;
#include "lexer/token.def"
#undef TOKEN
    default: return "?";
  }
}

const char* token_text(int type) {
  switch (type) {
    case kEndToken: return "end of input";
#define TOKEN(name, text) \
  case TK_##name:         \
    return text;
#include "lexer/token.def"
#undef TOKEN
    default: return "?";
  }
}

int token_count() {
  int n = 0;
#define TOKEN(name, text) ++n;
#include "lexer/token.def"
#undef TOKEN
  return n;
}

}  // namespace coil::lex
