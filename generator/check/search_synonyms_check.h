#pragma once
// Checks content/search-synonyms.yaml, the query-side synonyms of the site search: a mapping from
// what a reader may type to the phrase (or list of phrases) the guide uses instead,
//   chatbot: agent conversationnel
//   LLM: [grand modèle de langage, modèle de langage]
// search.js runs a query holding the left side again with it replaced by each phrase on the right
// (see index/site_search.h), so each side must be plain words the search can read.
#include <vector>

#include "diag/diagnostics.h"
#include "load/yaml_json.h"
#include "model/site_model.h"

namespace check {

/// The synonyms of `doc` (nothing when the file is absent or empty). Reports at its position every
/// entry that is not "phrase: phrase" or "phrase: [phrase, …]", every phrase holding search
/// syntax (+ - : ^ ~ * and other signs: only letters, digits, spaces, hyphens and apostrophes
/// make a phrase) or made only of words the search ignores (stop words: "de", "la"…), and, as a
/// warning, a query listed twice in different case.
std::vector<model::SearchSynonym> check_search_synonyms(const load::YamlDocument& doc,
                                                        diag::Diagnostics& diags);

}  // namespace check
