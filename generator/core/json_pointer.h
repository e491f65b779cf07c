#pragma once
// JSON pointers (RFC 6901), the paths diagnostics use to point into a bank, the footprint data or
// a page's front matter: one escaping for the core, its WebAssembly build and the load stage.
#include <string>

namespace core {

/// Escapes one reference token: "~" becomes "~0", "/" becomes "~1".
inline std::string pointer_token(const std::string& key) {
  std::string out;
  out.reserve(key.size());
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

}  // namespace core
