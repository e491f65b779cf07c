#include "check/question_type_texts_check.h"

#include <algorithm>

#include "core/join.h"
#include "core/question_types.h"
#include "diag/diagnostics.h"
#include "load/interface_texts.h"
#include "load/file_system.h"

namespace check {

void check_question_type_texts(const std::vector<model::InterfaceTexts>& texts, bool interface_found,
                               const std::string& content_dir, diag::Diagnostics& diags) {
  if (!interface_found) return;
  const std::vector<std::string> keys = core::default_choice_keys();
  const auto file = std::find_if(texts.begin(), texts.end(),
                                 [](const model::InterfaceTexts& t) { return t.name == model::kQuestionTypeTexts; });
  if (file == texts.end()) {
    const std::string path =
        load::join_path(load::join_path(content_dir, load::kInterfaceDir), std::string(model::kQuestionTypeTexts) + ".yaml");
    diags.error({path, 0, 0}, "missing " + path + ", the labels of the answers a question gets by default",
                {"write one 'key: label' line for each of: " + core::join(keys, ", ")});
    return;
  }
  for (const std::string& key : keys)
    if (!file->find(key))
      diags.error({file->file, 1, 1}, "missing label '" + key + "'",
                  {"a question of this type that writes no choices shows it"});
  for (const model::InterfaceText& t : file->texts) {
    if (std::find(keys.begin(), keys.end(), t.key) != keys.end()) continue;
    std::vector<std::string> notes;
    const std::string guess = diag::closest_match(t.key, keys);
    if (!guess.empty()) notes.push_back("did you mean '" + guess + "'?");
    notes.push_back("the keys are a type and a default choice: " + core::join(keys, ", "));
    diags.warning(t.pos, "'" + t.key + "' labels no default choice", notes);
  }
}

}  // namespace check
