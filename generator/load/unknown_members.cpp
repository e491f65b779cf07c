#include "load/unknown_members.h"

#include <algorithm>

#include "core/json_pointer.h"

namespace load {

size_t report_unknown_members(const model::YamlDocument& doc, const nlohmann::ordered_json& node,
                              const std::string& pointer, const std::vector<std::string>& known,
                              diag::Diagnostics& diags, const UnknownMemberWording& wording) {
  if (!node.is_object()) return 0;
  size_t reported = 0;
  for (auto it = node.begin(); it != node.end(); ++it) {
    const std::string& key = it.key();
    if (std::find(known.begin(), known.end(), key) != known.end()) continue;
    std::vector<std::string> notes;
    const std::string near = diag::closest_match(key, known);
    if (!near.empty()) notes.push_back("did you mean '" + near + "'?");
    notes.insert(notes.end(), wording.notes.begin(), wording.notes.end());
    const diag::SourcePos at = doc.key_position(pointer + "/" + core::pointer_token(key));
    std::string message = "unknown " + wording.noun + " '" + key + "'" + wording.context;
    if (wording.severity == diag::Severity::warning)
      diags.warning(at, std::move(message), std::move(notes));
    else
      diags.error(at, std::move(message), std::move(notes));
    ++reported;
  }
  return reported;
}

}  // namespace load
