#pragma once
// UTF-8 validation with the position of the first bad byte, so the error can say where it is.
#include <string>

namespace load {

struct Utf8Error {
  bool found = false;
  int line = 0;  // 1-based
  int col = 0;   // 1-based, in bytes
};

/// Finds the first byte sequence that is not well-formed UTF-8 (overlongs and surrogates included).
Utf8Error find_invalid_utf8(const std::string& text);

}  // namespace load
