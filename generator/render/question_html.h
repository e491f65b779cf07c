#pragma once
// One question of a scored bank as the template tools/question.mustache shows it: a fieldset with
// its choices, or a labelled number or text field, with its hint, red-line note and help. Kept to
// the elements a reader or a screen reader needs (about 8 to 14 per question).
#include <string>

#include "core/bank_model.h"
#include "render/markdown.h"
#include "templating/templates.h"

namespace render {

/// A Markdown snippet rendered for use inside a paragraph: one paragraph loses its <p> wrapper;
/// anything else (lists, several paragraphs) is returned as blocks. `inline_ok` tells which.
struct InlineSnippet {
  std::string html;
  bool inline_ok = false;
};
InlineSnippet render_inline_snippet(const std::string& markdown, const std::string& page_url,
                                    const LinkResolver& resolve);

/// A link written in content (@/page.md#anchor, @outil/id) made relative to `page_url`.
std::string content_link(const std::string& target, const std::string& page_url,
                         const LinkResolver& resolve);

/// The data of question `q` for tools/question.mustache, numbered `number` in the whole bank (the
/// number the result refers to).
templating::Data question_data(const core::Question& q, int number, const std::string& page_url,
                               const LinkResolver& resolve);

}  // namespace render
