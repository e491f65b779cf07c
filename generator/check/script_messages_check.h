#pragma once
// The browser scripts' messages against content/interface/: every key a script asks for with
// message('key', …) is in the interface file named after the script, and every text there is
// asked for. A script names its messages in one place, `/* guide:messages */ {}`, which the
// generator fills with the typeset texts (site/script_messages.h).
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "model/interface_texts.h"

namespace check {

/// Where the generator writes a script's messages: this comment, then `{}`.
constexpr const char* kMessagesSlot = "/* guide:messages */ {}";

/// One message a script asks for, at `offset` of its text.
struct MessageUse {
  std::string key;  // "" when the key is not written literally (message(name))
  size_t offset = 0;
};

/// Every message('…') call of `script_text`, in order.
std::vector<MessageUse> find_message_uses(const std::string& script_text);

/// Reports a script that asks for messages without a slot for them, a key not in its interface
/// file (with the closest key), a missing interface file, and texts no script asks for
/// (warnings). `interface_found`: content/interface/ exists; without it (a test fixture, a
/// benchmark corpus) nothing is checked and the scripts show their keys.
void check_script_messages(const std::vector<model::Script>& scripts,
                           const std::vector<model::InterfaceTexts>& texts, bool interface_found,
                           const std::string& content_dir, diag::Diagnostics& diags);

}  // namespace check
