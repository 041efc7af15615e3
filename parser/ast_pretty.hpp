// `ast.dump(tree, indent=N)`: the indented form of ast::dump's one-line
// output, as `python3 -m ast` prints it (indent 3). Used by `coil -X ast`.
#pragma once

#include <string>
#include <string_view>

namespace coil::ast {

// Re-lays out `dump` (the text of ast::dump) with CPython 3.11's rules:
// a node whose fields are all simple and at most three stays on one line;
// otherwise each field, and each item of a non-empty list, gets its own line.
std::string indent_dump(std::string_view dump, int indent);

}  // namespace coil::ast
