#pragma once
// The words of the footprint engine's messages (`messages` in content/data/footprint*.yaml),
// checked against what the engine reports: every code, subject and hint it uses must be worded,
// and a message may only use the {placeholders} its code fills.
#include <nlohmann/json.hpp>

#include "diag/diagnostics.h"
#include "model/yaml_document.h"

namespace load {

/// Reports, at its position in `doc`, each missing or unknown member of `messages` (format,
/// subjects, hints, errors), each empty text, and each {name} a message cannot fill.
void check_footprint_messages(const model::YamlDocument& doc, const nlohmann::ordered_json& messages,
                              diag::Diagnostics& diags);

}  // namespace load
