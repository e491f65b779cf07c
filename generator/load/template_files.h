#pragma once
// Reads the templates folder: every *.mustache below it, with the checks every source gets.
#include <string>

#include "diag/diagnostics.h"
#include "load/file_system.h"
#include "model/template_sources.h"

namespace load {

/// The *.mustache files below `dir`. Reports a missing folder and unreadable or invalid files
/// (too large, not UTF-8) to `diags` and leaves those out.
model::TemplateSources load_template_files(const FileSystem& fs, const std::string& dir,
                                           diag::Diagnostics& diags);

}  // namespace load
