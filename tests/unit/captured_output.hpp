// A Config whose script output (stdout and stderr) goes to one string the
// test reads, for the unit tests that run scripts and check what they print.
#pragma once

#include <string>
#include <string_view>

#include "coil/coil.hpp"

struct CapturedOutput {
  std::string out;
  coil::Config config() {
    coil::Config c;
    c.write_out = [this](std::string_view s) { out.append(s); };
    c.write_err = [this](std::string_view s) { out.append(s); };
    return c;
  }
};
