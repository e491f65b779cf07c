#pragma once
// The few pieces of JavaScript's string and number semantics the Lunr index depends on, so that a
// C++-built index is byte-identical to one built by lunr.js in node and searched by the browser.
#include <cstdint>
#include <string>
#include <string_view>

namespace search {

/// String.prototype.toLowerCase(): locale-independent full Unicode lower-casing, including the
/// multi-code-point mapping of U+0130 and the context-dependent final sigma.
std::string js_to_lower(std::string_view utf8);
/// The lower-cased bytes [begin, end) of `utf8`, the rest of `utf8` being the final sigma's context.
std::string js_to_lower(std::string_view utf8, size_t begin, size_t end);

/// The JavaScript `\s` class (WhiteSpace + LineTerminator).
bool js_is_space(char32_t cp);

/// a < b as Array.prototype.sort() compares strings: by UTF-16 code units, not code points.
bool js_utf16_less(std::string_view a, std::string_view b);

/// Where JSON text is going. Inside a classic <script>, `<` (so no `</script>` or `<!--`) and
/// U+2028 / U+2029 (line terminators to pre-ES2019 parsers) are written as \u escapes, which
/// JSON.parse and JavaScript decode to the same string.
enum class JsonTarget { json, script };

/// Appends `s` as JSON.stringify writes a string, quotes included (plus the script escapes).
void append_js_json_string(std::string& out, std::string_view s,
                           JsonTarget target = JsonTarget::json);

/// Appends a lunr score, a double rounded to thousandths (std::round(x * 1000) / 1000), exactly
/// as append_js_number would, without its general shortest-digits search.
void append_js_thousandths(std::string& out, double rounded);

/// The same, written at `out` (room for kMaxJsThousandthsChars); returns the end. For loops that
/// format millions of scores, one append per element instead of several.
constexpr size_t kMaxJsThousandthsChars = 32;
char* write_js_thousandths(char* out, double rounded);

/// Appends a number as JSON.stringify writes it (shortest round-trip, `6.1`, `13`, `1e-7`).
void append_js_number(std::string& out, double value);

/// Math.log as V8 computes it (fdlibm's algorithm, < 1 ulp but not always correctly rounded):
/// glibc's log differs in the last bit on about 7 % of lunr's idf arguments, which can move a
/// score across a rounding boundary. Defined for x >= 1, the only arguments lunr's idf produces.
double js_math_log(double x);

/// True when `key` is a canonical array index ("0" … "4294967294"): such object keys are
/// enumerated first, in numeric order, by JavaScript.
bool js_is_array_index(std::string_view key);

}  // namespace search
