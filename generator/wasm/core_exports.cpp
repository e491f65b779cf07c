// C ABI entry points of the bank core (guide-core.js): JSON text in, JSON (or SVG) text out.
// Every returned string is allocated with malloc and must be released with guide_free().
#include <cstring>
#include <string>

#include "core/chart_svg.h"
#include "core/evaluate.h"
#include "wasm/c_strings.h"

using wasm_abi::give;

namespace {

// The page evaluates the same bank on every answer change: compiling it once keeps an
// evaluation well under a millisecond. The cache is keyed on the bank text itself.
struct BankCache {
  std::string text;
  core::CompiledBank bank;
  bool filled = false;
};

// Word-wise equality: musl's memcmp goes byte by byte, and this runs on every answer change
// over the whole bank text (tens of KB).
bool same_text(const std::string& cached, const char* text) {
  size_t size = std::strlen(text);
  if (size != cached.size()) return false;
  const char* a = cached.data();
  size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    unsigned long long x, y;
    std::memcpy(&x, a + i, 8);
    std::memcpy(&y, text + i, 8);
    if (x != y) return false;
  }
  for (; i < size; ++i)
    if (a[i] != text[i]) return false;
  return true;
}

const core::CompiledBank& compiled(const char* bank_json) {
  static BankCache cache;
  if (!cache.filled || !same_text(cache.text, bank_json)) {
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

}
