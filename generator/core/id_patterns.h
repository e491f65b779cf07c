#pragma once
// What an identifier of the content may look like, in one place: the banks' ids, the documents'
// and the calculator's, the interface texts' keys, the {name}s of texts (core/placeholders.h).
#include <string>
#include <string_view>

namespace core {

/// Each pattern comes with a message that states it (pattern_rule).
enum class IdPattern {
  slug,        // [a-z0-9-]+          ids that name a page or a file: banks, tools, steps, verdict
               //                     levels, a notice's parts, a synthesis's bands
  section,     // [a-z0-9_]+          section ids, interface text keys
  name,        // [a-z][a-z0-9_]*     question and parameter ids (they appear in expressions),
               //                     placeholders, a notice's fields, the calculator's ids
  choice,      // [a-z0-9][a-z0-9_-]* choice, clause, profile and document ids
};
bool matches(std::string_view id, IdPattern pattern);
std::string pattern_rule(IdPattern pattern);

}  // namespace core
