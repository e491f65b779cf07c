#pragma once
// French typography (text/typography.h) on a parsed Markdown tree, before it is rendered: the
// text of each paragraph, heading and table cell is typeset as one text, its text nodes rewritten
// in place. Code spans, code blocks and raw HTML are never changed, nor are URLs (link targets are
// not text; a link that shows its own URL, as an autolink does, keeps it) and image descriptions
// (attributes once rendered).
#include <cmark-gfm.h>

namespace render {

/// True for a block whose children are inlines (a paragraph, a heading, a table cell).
bool holds_inline_text(cmark_node* node);

/// Typesets the inline text of `block` (see holds_inline_text) in place.
void typeset_inline_text(cmark_node* block);

/// Typesets every block of the tree under `root` that holds inline text.
void typeset_tree(cmark_node* root);

}  // namespace render
