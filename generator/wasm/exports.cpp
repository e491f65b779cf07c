// C ABI entry points of the WebAssembly core: JSON text in, JSON (or SVG) text out. Every
// returned string is allocated with malloc and must be released with guide_free().
#include <cstdlib>
#include <cstring>
#include <string>

#include "core/chart_svg.h"
#include "core/evaluate.h"

namespace {

char* give(const std::string& s) {
  char* out = static_cast<char*>(std::malloc(s.size() + 1));
  if (out) std::memcpy(out, s.c_str(), s.size() + 1);
  return out;
}

// The page evaluates the same bank on every answer change: compiling it once keeps an
// evaluation well under a millisecond. The cache is keyed on the bank text itself.
struct BankCache {
  std::string text;
  core::CompiledBank bank;
  bool filled = false;
};

const core::CompiledBank& compiled(const char* bank_json) {
  static BankCache cache;
  if (!cache.filled || cache.text != bank_json) {
    cache.text = bank_json;
    cache.bank = core::compile_bank_text(cache.text);
    cache.filled = true;
  }
  return cache.bank;
}

}  // namespace

extern "C" {

char* guide_evaluate(const char* bank_json, const char* answers_json) {
  if (!bank_json || !answers_json) return give("");
  return give(core::evaluate(compiled(bank_json), answers_json));
}

char* guide_chart(const char* result_json, const char* options_json) {
  if (!result_json) return give("");
  return give(core::chart_svg(result_json, options_json ? options_json : ""));
}

void guide_free(char* p) { std::free(p); }

}
