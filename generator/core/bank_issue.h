#pragma once
// A problem found in a bank, located by JSON pointer so that the check stage can turn it into a
// file:line:col diagnostic (core knows nothing of files).
#include <string>
#include <vector>

namespace core {

struct Issue {
  std::string pointer;        // JSON pointer of the offending value (or of the member, see at_key)
  std::string message;
  long offset = -1;           // byte offset inside the expression string at `pointer`, or -1
  bool at_key = false;        // point at the member's key (unknown keys) rather than its value
  std::vector<std::string> notes;
  std::string related;        // pointer of a related place (e.g. the first definition), or ""
};

using Issues = std::vector<Issue>;

}  // namespace core
