// The plain line reader (see line_reader.hpp) and the history file's path.
#include "cli/line_reader.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>

#include "cli/interrupt.hpp"

namespace coil::cli {

ReadStatus PlainReader::read(const char* prompt, std::string& line) {
  std::fputs(prompt, stderr);
  std::fflush(stderr);
  if (raw_line(line)) return ReadStatus::Line;
  return take_sigint() ? ReadStatus::Interrupted : ReadStatus::Eof;
}

bool PlainReader::raw_line(std::string& line) {
  for (;;) {
    size_t nl = buffer_.find('\n');
    if (nl != std::string::npos) {
      line = buffer_.substr(0, nl);
      buffer_.erase(0, nl + 1);
      return true;
    }
    if (eof_) {
      if (buffer_.empty()) return false;
      line = std::move(buffer_);  // a last line without its newline
      buffer_.clear();
      return true;
    }
    char chunk[4096];
    ssize_t n = ::read(fd_, chunk, sizeof chunk);
    if (n > 0) {
      buffer_.append(chunk, static_cast<size_t>(n));
    } else if (n == 0) {
      eof_ = true;
    } else if (errno == EINTR) {
      // Ctrl-C: the partial line is dropped, as CPython drops it.
      buffer_.clear();
      return false;
    } else {
      eof_ = true;
    }
  }
}

std::string history_path(bool ignore_env) {
  if (!ignore_env) {
    if (const char* p = std::getenv("COIL_HISTORY")) return p;
  }
  if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state == '/') {
    std::string dir = std::string(state) + "/coil";
    ::mkdir(dir.c_str(), 0700);  // may exist already
    return dir + "/history";
  }
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.coil_history";
  return "";
}

}  // namespace coil::cli
