// C ABI entry point of the footprint estimator for the browser (guide-core.js). The returned
// string is malloc'd: the caller frees it with guide_free (exports.cpp).
#include <cstdlib>
#include <cstring>
#include <string>

#include "core/footprint.h"

extern "C" {

char* guide_footprint(const char* input_json) {
  const std::string result = core::footprint(input_json ? input_json : "");
  char* out = static_cast<char*>(std::malloc(result.size() + 1));
  if (!out) return nullptr;
  std::memcpy(out, result.c_str(), result.size() + 1);
  return out;
}

}  // extern "C"
