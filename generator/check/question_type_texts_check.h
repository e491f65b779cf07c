#pragma once
// content/interface/question-types.yaml against the question types (core/question_types.h):
// every default choice has its label there, since the core has no words of its own, and every
// key there is a default choice.
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "model/interface_texts.h"

namespace check {

/// Reports a missing file or label (errors) and a key that labels no default choice (a warning,
/// with the closest key). Nothing is checked without content/interface/ (a test fixture, a
/// benchmark corpus): the choices then show their ids.
void check_question_type_texts(const std::vector<model::InterfaceTexts>& texts, bool interface_found,
                               const std::string& content_dir, diag::Diagnostics& diags);

}  // namespace check
