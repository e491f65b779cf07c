#include "load/utf8.h"

namespace load {

Utf8Error find_invalid_utf8(const std::string& text) {
  Utf8Error err;
  int line = 1, col = 1;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size(), i = 0;
  while (i < n) {
    unsigned char c = s[i];
    size_t len = 0;
    unsigned int min = 0, cp = 0;
    if (c < 0x80) len = 1;
    else if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
    bool ok = len > 0 && i + len <= n;
    for (size_t k = 1; ok && k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) ok = false;
      else cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if (ok && len > 1 && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) ok = false;
    if (!ok) {
      err.found = true;
      err.line = line;
      err.col = col;
      return err;
    }
    if (c == '\n') { ++line; col = 1; } else { col += static_cast<int>(len); }
    i += len;
  }
  return err;
}

}  // namespace load
