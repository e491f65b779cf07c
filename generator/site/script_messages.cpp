#include "site/script_messages.h"

#include <nlohmann/json.hpp>

#include "check/script_messages_check.h"
#include "core/question_types.h"
#include "text/html.h"

namespace site {

size_t after_leading_comment(const std::string& script) {
  size_t p = 0;
  while (p < script.size() && (script[p] == ' ' || script[p] == '\t' || script[p] == '\n' || script[p] == '\r')) ++p;
  if (script.compare(p, 2, "/*") != 0 || script.compare(p, 3, "/*!") == 0) return 0;
  const size_t end = script.find("*/", p + 2);
  if (end == std::string::npos) return 0;
  p = end + 2;
  while (p < script.size() && (script[p] == '\n' || script[p] == '\r')) ++p;
  return p;
}

namespace {

// `body` with its first `slot` (a comment and an empty object) replaced by the comment and `json`.
void fill_slot(std::string& body, const std::string& slot, const std::string& json) {
  const size_t at = body.find(slot);
  if (at == std::string::npos) return;
  const std::string comment = slot.substr(0, slot.rfind('{'));
  body = body.substr(0, at) + comment + text::script_safe_json(json) + body.substr(at + slot.size());
}

}  // namespace

void add_scripts_with_messages(const std::vector<model::Script>& scripts,
                               const std::vector<model::InterfaceTexts>& texts, output::OutputTree& tree) {
  for (const model::Script& script : scripts) {
    std::string body = script.text.substr(after_leading_comment(script.text));
    if (body.find(check::kMessagesSlot) != std::string::npos) {
      nlohmann::ordered_json messages = nlohmann::ordered_json::object();
      for (const model::InterfaceTexts& file : texts) {
        if (file.name != script.name) continue;
        for (const model::InterfaceText& t : file.texts) messages[t.key] = t.text;
      }
      // Written as UTF-8 (the scripts are read as UTF-8, like the pages): a typeset text's
      // no-break spaces take two bytes rather than a six-byte escape.
      fill_slot(body, check::kMessagesSlot, messages.dump(-1, ' ', false));
    }
    // The question types (core/question_types.h), for the scripts that read answers by how
    // they are given rather than by type name.
    if (body.find(kQuestionTypesSlot) != std::string::npos)
      fill_slot(body, kQuestionTypesSlot,
                core::question_types_json(model::texts_by_key(texts, model::kQuestionTypeTexts)));
    tree.files["assets/" + script.rel] = std::move(body);
  }
}

}  // namespace site
