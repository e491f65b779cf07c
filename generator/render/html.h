#pragma once
// Small helpers for HTML written by the generator (not by templates).
#include <string>

namespace render {

/// Escapes text for HTML element content and attribute values (& < > " ').
std::string escape_html(const std::string& text);

}  // namespace render
