#include "model/yaml_document.h"

namespace model {

diag::SourcePos YamlDocument::position(const std::string& pointer) const {
  std::string p = pointer;
  while (true) {
    auto it = values.find(p);
    if (it != values.end()) return it->second;
    if (p.empty()) return {file, 0, 0};
    p = p.substr(0, p.rfind('/'));
  }
}

diag::SourcePos YamlDocument::key_position(const std::string& pointer) const {
  auto it = keys.find(pointer);
  return it != keys.end() ? it->second : position(pointer);
}

diag::SourcePos YamlDocument::offset_position(const std::string& pointer, size_t offset) const {
  diag::SourcePos p = position(pointer);
  if (p.line == 0) return p;
  auto q = quoted.find(pointer);
  p.col += static_cast<int>(offset) + (q != quoted.end() && q->second ? 1 : 0);
  return p;
}

}  // namespace model
