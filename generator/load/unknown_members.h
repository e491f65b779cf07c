#pragma once
// One report for the mapping members a reader does not know: at the key's own position, with a
// "did you mean" when a known name is close. Every reader of a YAML mapping with a fixed set of
// members uses it, so a misspelt key reads the same wherever it is written.
#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostics.h"
#include "model/yaml_document.h"

namespace load {

/// How a reader words its unknown members: "unknown <noun> 'k'<context>", then the "did you
/// mean" note, then `notes`.
struct UnknownMemberWording {
  UnknownMemberWording(std::string noun_ = "key", std::string context_ = "", std::vector<std::string> notes_ = {},
                       diag::Severity severity_ = diag::Severity::error)
      : noun(std::move(noun_)), context(std::move(context_)), notes(std::move(notes_)), severity(severity_) {}

  std::string noun;                // "member", "front-matter key", "site.yaml key"...
  std::string context;             // " of 'boavizta'", " in a start button", " (ignored)"
  std::vector<std::string> notes;  // what the mapping holds, for instance
  diag::Severity severity;
};

/// Reports every member of the mapping `node`, written at `pointer` in `doc`, whose key is not
/// in `known`. Returns how many were reported (0 also when `node` is not a mapping: its reader
/// reports that shape itself).
size_t report_unknown_members(const model::YamlDocument& doc, const nlohmann::ordered_json& node,
                              const std::string& pointer, const std::vector<std::string>& known,
                              diag::Diagnostics& diags, const UnknownMemberWording& wording = {});

}  // namespace load
