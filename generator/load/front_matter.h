#pragma once
// Splits a page into its YAML front matter and Markdown body, and reads the front matter keys.
#include <string>

#include "diag/diagnostics.h"
#include "model/site_model.h"

namespace load {

/// Fills the front-matter fields, `markdown` and `body_line` of `page` from `text`. Reports
/// missing or malformed front matter, unknown keys (a warning, with a suggestion) and wrong types.
/// A missing description is a warning and leaves `description` empty (the site stage then takes
/// the first paragraph). Returns false when the page cannot be used.
/// `text` is taken by value: moved in, its buffer becomes the page's body.
bool read_page(std::string text, model::Page& page, diag::Diagnostics& diags);

}  // namespace load
