// The libedit line reader (see line_reader.hpp): line editing, history
// persisted in a file, and tab completion through VM::completions.
// libedit's readline API keeps its state in globals, so this reader's
// completer is a file-level pointer (the CLI has one reader at a time).
#include <editline/readline.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "cli/interrupt.hpp"
#include "cli/line_reader.hpp"

namespace coil::cli {

namespace {

constexpr int kHistoryLength = 1000;

const Completer* g_completer = nullptr;
std::vector<std::string> g_matches;

// rl_completion_matches' generator: one match per call, then null.
char* next_match(const char* text, int state) {
  if (state == 0) g_matches = g_completer ? (*g_completer)(text) : std::vector<std::string>{};
  if (static_cast<size_t>(state) >= g_matches.size()) return nullptr;
  return strdup(g_matches[static_cast<size_t>(state)].c_str());
}

char** complete(const char* text, int start, int end) {
  (void)end;
  rl_attempted_completion_over = 1;  // never fall back to file names
  // On an empty (or all-blank) line Tab indents, as in CPython.
  bool blank = true;
  for (int i = 0; i < start && rl_line_buffer[i]; ++i) blank = blank && (rl_line_buffer[i] == ' ' || rl_line_buffer[i] == '\t');
  if (blank && !*text) {
    rl_insert_text("\t");
    return nullptr;
  }
  return rl_completion_matches(text, next_match);
}

// libedit's input function: a Ctrl-C at any moment of readline() (even
// before it starts waiting) ends it with null, so the input is discarded.
int getc_unless_interrupted(FILE* in) {
  int c = read_byte_unless_interrupted(fileno(in));
  return c < 0 ? EOF : c;
}

class EditReader : public LineReader {
 public:
  explicit EditReader(EditOptions options) : options_(std::move(options)) {
    rl_readline_name = "coil";
    rl_outstream = stderr;  // prompts go to stderr, as CPython's do
    rl_getc_function = getc_unless_interrupted;
    rl_initialize();
    g_completer = &options_.complete;
    rl_attempted_completion_function = complete;
    // CPython's word delimiters: "." stays inside a word, for "obj.attr".
    rl_basic_word_break_characters = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
    rl_completion_append_character = '\0';
    // Tab completes (libedit's default binding in emacs mode is a plain tab).
    rl_parse_and_bind("bind ^I rl_complete");
    stifle_history(kHistoryLength);
    if (!options_.history_file.empty()) read_history(options_.history_file.c_str());
  }

  ~EditReader() override {
    save();
    g_completer = nullptr;
  }

  ReadStatus read(const char* prompt, std::string& line) override {
    take_sigint();
    char* text = readline(prompt);
    // libedit returns null both at end of input and when our SIGINT
    // handler interrupted the read; the flag tells them apart.
    if (!text) return take_sigint() ? ReadStatus::Interrupted : ReadStatus::Eof;
    line = text;
    std::free(text);
    if (!line.empty()) {
      add_history(line.c_str());
      save();  // so that a killed session keeps its history too
    }
    return ReadStatus::Line;
  }

 private:
  void save() {
    if (!options_.history_file.empty()) write_history(options_.history_file.c_str());
  }
  EditOptions options_;
};

}  // namespace

std::unique_ptr<LineReader> make_edit_reader(EditOptions options) {
  return std::make_unique<EditReader>(std::move(options));
}

}  // namespace coil::cli
