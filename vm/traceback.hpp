// Printing exceptions and tracebacks as CPython does (vm/traceback.cpp).
#pragma once

#include <string>

#include "vm/vm.hpp"

namespace coil::vm {

// The traceback type's attributes (tb_lineno, tb_next, ...).
void init_traceback_type(VM& vm);
// Formats a whole traceback the way CPython prints an uncaught exception,
// including chained causes and contexts.
std::string format_exception(VM& vm, Value exc);
// An error nothing can catch (one in a finalizer), as CPython's default
// sys.unraisablehook prints it after "Exception ignored in: ...": the
// exception alone, not its chain; with no traceback of its own, the line
// running now stands for it.
std::string format_unraisable(VM& vm, Value exc);
// The pieces of it, for the traceback module: the entries of `tb` (each
// "  File ..." block, frozen frames left out, repeats collapsed), and the
// closing "Type: message" line(s); `suggest` adds NameError's and
// AttributeError's "Did you mean" (the interpreter's report has it, 3.11's
// traceback module does not).
void format_traceback_entries(VM& vm, std::string& out, Traceback* tb);
void format_exception_only(VM& vm, std::string& out, Value exc, bool suggest = true);
// A SyntaxError's line and carets as CPython's print_error_text shows them
// (`offset`/`end_offset` as the exception's, -1 for None).
std::string syntax_error_text(std::string_view text, int64_t offset, int64_t end_offset);
// Line `line` of a file run or imported (VM::sources), without its line
// break; false when the source is unknown.
bool raw_source_line(VM& vm, Str* filename, int line, std::string& out);

}  // namespace coil::vm
