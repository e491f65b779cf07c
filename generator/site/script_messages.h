#pragma once
// Writes the browser scripts of assets/js/: each one that declares `/* guide:messages */ {}`
// (check/script_messages_check.h) with its interface texts filled in, as a JSON object in the
// file's order, and each one that declares `/* guide:question-types */ {}` with the table of
// question types (core/question_types.h); every one without the comment it opens with. That
// comment says what the file does and how, for whoever edits it: the pages need not load it (on
// the grid's result page, the four scripts' opening comments weigh about 2 KB gzipped, more than
// its texts as JSON cost).
#include <string>
#include <vector>

#include "model/interface_texts.h"
#include "write/site_writer.h"

namespace site {

/// Where a script receives the question types (core/question_types.h) as JSON.
constexpr const char* kQuestionTypesSlot = "/* guide:question-types */ {}";

/// Where a script's code starts: after the block comment it opens with (and the line breaks
/// after it), or 0 when it opens with none; a `/*!` comment (a licence) stays.
size_t after_leading_comment(const std::string& script);

/// Adds assets/js/<name>.js to `tree` for every script of `scripts` (add_assets copies the other
/// assets as they are).
void add_scripts_with_messages(const std::vector<model::Script>& scripts,
                               const std::vector<model::InterfaceTexts>& texts, output::OutputTree& tree);

}  // namespace site
