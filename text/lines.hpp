// Lines of source text, for whatever shows a line of a program (compile-time
// warnings and SyntaxErrors, tracebacks, the embedding API's error report).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace coil::text {

// Line `line` (1-based) of `source` without its line break ("\n" or
// "\r\n"); nullopt when the source has no such line.
inline std::optional<std::string_view> source_line(std::string_view source, int line) {
  if (line <= 0) return std::nullopt;
  size_t start = 0;
  for (int n = 1; n < line; ++n) {
    size_t nl = source.find('\n', start);
    if (nl == std::string_view::npos) return std::nullopt;
    start = nl + 1;
  }
  if (start >= source.size()) return std::nullopt;
  size_t end = source.find('\n', start);
  std::string_view l = source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
  return l;
}

// Whether line `line` of `source` ends with a line break.
inline bool line_has_break(std::string_view source, int line) {
  std::optional<std::string_view> l = source_line(source, line);
  if (!l) return false;
  size_t end = static_cast<size_t>(l->data() - source.data()) + l->size();
  return end < source.size();
}

}  // namespace coil::text
