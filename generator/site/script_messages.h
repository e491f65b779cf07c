#pragma once
// Writes each browser script that declares `/* guide:messages */ {}` (check/script_messages_check.h)
// with its interface texts filled in, as a JSON object in the file's order.
#include <vector>

#include "model/interface_texts.h"
#include "write/site_writer.h"

namespace site {

/// Adds assets/js/<name>.js to `tree` for every script with a messages slot (the others are
/// copied as they are by add_assets).
void add_scripts_with_messages(const std::vector<model::Script>& scripts,
                               const std::vector<model::InterfaceTexts>& texts, output::OutputTree& tree);

}  // namespace site
