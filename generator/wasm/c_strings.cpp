#include "wasm/c_strings.h"

#include <cstdlib>
#include <cstring>

namespace wasm_abi {

char* give(const std::string& s) {
  char* out = static_cast<char*>(std::malloc(s.size() + 1));
  if (out) std::memcpy(out, s.c_str(), s.size() + 1);
  return out;
}

}  // namespace wasm_abi

extern "C" void guide_free(char* p) { std::free(p); }
