#pragma once
// French typography (render/typography.h) on HTML the generator writes itself or reads from
// templates/: the text between tags is typeset, read across inline tags ("<em>mot</em>?") and cut
// at block-level ones. Tags and their attributes, comments, character references (&amp;) and
// Mustache tags ({{title}}) are never changed, nor is the content of script, style, pre, code,
// kbd, samp and textarea elements.
#include <string>
#include <string_view>

namespace render {

/// The typeset `html` (a fragment, a page or a Mustache template).
std::string typeset_html(std::string_view html);

}  // namespace render
