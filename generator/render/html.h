#pragma once
// Small helpers for HTML written by the generator (not by templates).
#include <string>
#include <string_view>

namespace render {

/// Escapes text for HTML element content and attribute values (& < > " ').
std::string escape_html(const std::string& text);

/// The same, appended to `out` (for loops that write many items into one string). Without
/// `apostrophes`, ' is left as typed (the templates' escaping: see templating::escape_text).
void append_escaped_html(std::string& out, std::string_view text, bool apostrophes = true);

/// Makes JSON text safe inside a classic <script> (the data scripts of the tools): `<` (so that no
/// text can close the script) and U+2028 / U+2029 (line terminators to older parsers) become \u
/// escapes, which mean the same text. Only valid for JSON, where they all lie inside strings.
std::string script_safe_json(const std::string& json);

}  // namespace render
