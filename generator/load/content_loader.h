#pragma once
// The load stage: reads content/ (site.yaml, pages/, banks/) into the model.
#include <string>

#include "diag/diagnostics.h"
#include "load/file_system.h"
#include "model/site_model.h"

namespace load {

/// Largest source file accepted; a bigger one is almost certainly a mistake (a dump, a binary).
constexpr long long kMaxSourceBytes = 8 * 1024 * 1024;

/// Reads everything under `content_dir`. Pages come from `content_dir/pages/` or, when there is no
/// such folder, from `content_dir` itself (a plain folder of Markdown files builds too). Every
/// problem is reported to `diags`; what could be read is returned.
model::Site load_site(const FileSystem& fs, const std::string& content_dir, diag::Diagnostics& diags);

/// Reads one source file with the checks every source gets: exists, not too large, valid UTF-8.
/// `display` is the path shown in diagnostics.
bool read_source(const FileSystem& fs, const std::string& path, std::string& text,
                 diag::Diagnostics& diags);

/// A YAML source read with those checks, its text registered with `diags` (so that diagnostics
/// quote its lines) and parsed; `ok` is false when it could not be read or did not parse.
model::YamlDocument read_yaml_source(const FileSystem& fs, const std::string& path, diag::Diagnostics& diags);

}  // namespace load
