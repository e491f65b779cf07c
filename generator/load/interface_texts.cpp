#include "load/interface_texts.h"

#include "core/id_patterns.h"
#include "load/content_loader.h"
#include "load/yaml_json.h"
#include "text/strings.h"

namespace load {

std::vector<model::InterfaceTexts> load_interface_texts(const FileSystem& fs, const std::string& content_dir,
                                                        bool& found, diag::Diagnostics& diags) {
  std::vector<model::InterfaceTexts> out;
  const std::string dir = join_path(content_dir, kInterfaceDir);
  found = fs.is_directory(dir);
  if (!found) return out;
  for (const std::string& rel : fs.list_files(dir)) {
    if (!text::ends_with(rel, ".yaml")) continue;
    model::InterfaceTexts texts;
    texts.file = join_path(dir, rel);
    texts.name = rel.substr(0, rel.size() - 5);
    if (texts.name.find('/') != std::string::npos) {
      diags.error({texts.file, 0, 0}, "interface texts are files directly in content/interface/",
                  {"name the file after the script it serves: forms-result.yaml for assets/js/forms-result.js"});
      continue;
    }
    const model::YamlDocument doc = read_yaml_source(fs, texts.file, diags);
    if (!doc.ok) continue;
    if (!doc.value.is_object()) {
      diags.error(doc.position(""), "an interface file is a list of 'key: text' lines",
                  {"e.g. no_results: Aucun résultat"});
      continue;
    }
    for (auto it = doc.value.begin(); it != doc.value.end(); ++it) {
      const std::string pointer = "/" + pointer_token(it.key());
      if (!core::matches(it.key(), core::IdPattern::section)) {
        diags.error(doc.key_position(pointer), "'" + it.key() + "' is not a key: lower-case letters, digits and '_'");
        continue;
      }
      if (!it->is_string() || it->get<std::string>().empty()) {
        diags.error(doc.position(pointer), "'" + it.key() + "' must be a text",
                    {"quote it if it starts with a special character: \"{count} résultats\""});
        continue;
      }
      texts.texts.push_back({it.key(), it->get<std::string>(), doc.key_position(pointer)});
    }
    out.push_back(std::move(texts));
  }
  return out;
}

std::vector<model::Script> load_scripts(const FileSystem& fs, const std::string& assets_dir,
                                        diag::Diagnostics& diags) {
  std::vector<model::Script> out;
  const std::string dir = join_path(assets_dir, "js");
  if (!fs.is_directory(dir)) return out;
  for (const std::string& rel : fs.list_files(dir)) {
    if (!text::ends_with(rel, ".js") || rel.find('/') != std::string::npos) continue;
    model::Script script;
    script.name = rel.substr(0, rel.size() - 3);
    script.rel = "js/" + rel;
    script.file = join_path(dir, rel);
    if (!read_source(fs, script.file, script.text, diags)) continue;
    diags.add_source(script.file, script.text);
    out.push_back(std::move(script));
  }
  return out;
}

}  // namespace load
