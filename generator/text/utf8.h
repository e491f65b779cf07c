#pragma once
// UTF-8 code points, read and written: the site's texts are validated as UTF-8 when they are read
// (load/content_loader.h, read_source), so these only need to keep a loop safe on anything else.
#include <string>
#include <string_view>

namespace text {

/// Decodes one code point of well-formed UTF-8 at `pos` and advances `pos`. Malformed bytes decode
/// as U+FFFD one byte at a time.
char32_t utf8_next(std::string_view s, size_t& pos);

/// Appends the UTF-8 bytes of `cp`.
void utf8_append(std::string& out, char32_t cp);

}  // namespace text
