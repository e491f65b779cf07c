#include "check/bank_check.h"

#include "core/bank_model.h"

namespace check {

core::CompiledBank check_bank(const load::YamlDocument& doc, diag::Diagnostics& diags) {
  core::CompiledBank compiled = core::compile_bank(doc.value);
  for (const core::Issue& issue : compiled.issues) {
    diag::SourcePos pos;
    if (issue.offset >= 0) pos = doc.offset_position(issue.pointer, static_cast<size_t>(issue.offset));
    else if (issue.at_key) pos = doc.key_position(issue.pointer);
    else pos = doc.position(issue.pointer);
    std::vector<std::string> notes = issue.notes;
    if (!issue.related.empty())
      notes.push_back("first defined at " + diag::format_pos(doc.position(issue.related)));
    diags.error(pos, issue.message, std::move(notes));
  }
  return compiled;
}

}  // namespace check
