#pragma once
// Reads content/interface/*.yaml (model/interface_texts.h) and the browser scripts of assets/js/.
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "load/file_system.h"
#include "model/interface_texts.h"

namespace load {

/// The folder below the content folder.
constexpr const char* kInterfaceDir = "interface";

/// Every `content_dir`/interface/*.yaml, sorted by name. Each must be a mapping from keys
/// ([a-z0-9_]+) to non-empty texts; anything else is an error at its position. `found` tells
/// whether the folder exists (a small site may have none).
std::vector<model::InterfaceTexts> load_interface_texts(const FileSystem& fs, const std::string& content_dir,
                                                        bool& found, diag::Diagnostics& diags);

/// Every `assets_dir`/js/*.js, sorted by name, read with the checks of any source.
std::vector<model::Script> load_scripts(const FileSystem& fs, const std::string& assets_dir,
                                        diag::Diagnostics& diags);

}  // namespace load
