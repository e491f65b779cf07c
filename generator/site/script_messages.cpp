#include "site/script_messages.h"

#include <nlohmann/json.hpp>

#include "check/script_messages_check.h"
#include "text/html.h"

namespace site {

void add_scripts_with_messages(const std::vector<model::Script>& scripts,
                               const std::vector<model::InterfaceTexts>& texts, output::OutputTree& tree) {
  const std::string slot = check::kMessagesSlot;
  for (const model::Script& script : scripts) {
    const size_t at = script.text.find(slot);
    if (at == std::string::npos) continue;
    nlohmann::ordered_json messages = nlohmann::ordered_json::object();
    for (const model::InterfaceTexts& file : texts) {
      if (file.name != script.name) continue;
      for (const model::InterfaceText& t : file.texts) messages[t.key] = t.text;
    }
    // Written as UTF-8 (the scripts are read as UTF-8, like the pages): a typeset text's
    // no-break spaces take two bytes rather than a six-byte escape.
    std::string filled = script.text.substr(0, at) + "/* guide:messages */ " +
                         text::script_safe_json(messages.dump(-1, ' ', false)) +
                         script.text.substr(at + slot.size());
    tree.files["assets/" + script.rel] = std::move(filled);
  }
}

}  // namespace site
