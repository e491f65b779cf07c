// C ABI entry point of the footprint estimator for the browser (guide-core.js). The returned
// string is malloc'd: the caller frees it with guide_free (exports.cpp).
#include <cstdlib>
#include <cstring>
#include <string>

#include "core/footprint.h"
#include "core/footprint_chart.h"

namespace {

char* copy_out(const std::string& s) {
  char* out = static_cast<char*>(std::malloc(s.size() + 1));
  if (out) std::memcpy(out, s.c_str(), s.size() + 1);
  return out;
}

}  // namespace

extern "C" {

char* guide_footprint(const char* input_json) {
  return copy_out(core::footprint(input_json ? input_json : ""));
}

// SVG bar chart of a result returned by guide_footprint (build / use per scenario, with range).
char* guide_footprint_chart(const char* result_json) {
  return copy_out(core::footprint_chart_svg(result_json ? result_json : ""));
}

}  // extern "C"
