#include "load/template_files.h"

#include "load/content_loader.h"

namespace load {

model::TemplateSources load_template_files(const FileSystem& fs, const std::string& dir,
                                           diag::Diagnostics& diags) {
  model::TemplateSources sources;
  sources.dir = dir;
  if (!fs.is_directory(dir)) {
    diags.error({dir, 0, 0}, "templates folder not found", {"pass --templates DIR"});
    return sources;
  }
  sources.found = true;
  static const std::string extension = ".mustache";
  for (const std::string& rel : fs.list_files(dir)) {
    if (rel.size() <= extension.size() ||
        rel.compare(rel.size() - extension.size(), extension.size(), extension) != 0) {
      continue;
    }
    model::TemplateFile file;
    file.name = rel.substr(0, rel.size() - extension.size());
    file.path = join_path(dir, rel);
    // The checks every source gets: not too large (never read then), valid UTF-8.
    if (!read_source(fs, file.path, file.text, diags)) continue;
    sources.files.push_back(std::move(file));
  }
  return sources;
}

}  // namespace load
