// Where the REPL's lines come from: a plain reader on a file descriptor
// (prompts written to stderr; used when stdin is not a terminal, which is
// what the pipe tests drive) or libedit on a terminal (line editing,
// history kept in a file, tab completion).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace coil::cli {

enum class ReadStatus { Line, Eof, Interrupted };

class LineReader {
 public:
  virtual ~LineReader() = default;
  // Shows `prompt`, then reads one line into `line` (without its newline).
  virtual ReadStatus read(const char* prompt, std::string& line) = 0;
};

// Lines from `fd`, buffered; `raw_line` gives input() the same buffer.
class PlainReader : public LineReader {
 public:
  explicit PlainReader(int fd) : fd_(fd) {}
  ReadStatus read(const char* prompt, std::string& line) override;
  // A line for input() / sys.stdin: false at end of input or on Ctrl-C.
  bool raw_line(std::string& line);

 private:
  int fd_;
  std::string buffer_;
  bool eof_ = false;
};

using Completer = std::function<std::vector<std::string>(std::string_view)>;

struct EditOptions {
  std::string history_file;  // "" = no history file
  Completer complete;
};

// libedit on the terminal behind stdin/stderr.
std::unique_ptr<LineReader> make_edit_reader(EditOptions options);

// Where history is kept: $COIL_HISTORY if set ("" turns history off), else
// $XDG_STATE_HOME/coil/history, else ~/.coil_history. `ignore_env` (-E)
// skips COIL_HISTORY.
std::string history_path(bool ignore_env);

}  // namespace coil::cli
