#include "check/script_messages_check.h"

#include <set>

#include "load/file_system.h"
#include "load/interface_texts.h"

namespace check {

namespace {

bool is_key_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

bool is_identifier_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
         c == '.';
}

const model::InterfaceTexts* texts_named(const std::vector<model::InterfaceTexts>& all, const std::string& name) {
  for (const model::InterfaceTexts& t : all)
    if (t.name == name) return &t;
  return nullptr;
}

}  // namespace

std::vector<MessageUse> find_message_uses(const std::string& script_text) {
  static const std::string kCall = "message(";
  std::vector<MessageUse> out;
  for (size_t at = script_text.find(kCall); at != std::string::npos; at = script_text.find(kCall, at + 1)) {
    // A call of message(), not of obj.message( or showMessage(; the function's own definition
    // (`const message = (key, vars) =>`) has no parenthesis after the name.
    if (at > 0 && is_identifier_char(script_text[at - 1])) continue;
    size_t p = at + kCall.size();
    while (p < script_text.size() && script_text[p] == ' ') ++p;
    if (p < script_text.size() && script_text[p] == '\'') {
      size_t end = p + 1;
      while (end < script_text.size() && is_key_char(script_text[end])) ++end;
      if (end < script_text.size() && script_text[end] == '\'') {
        out.push_back({script_text.substr(p + 1, end - p - 1), p + 1});
        continue;
      }
    }
    out.push_back({"", at});
  }
  return out;
}

void check_script_messages(const std::vector<model::Script>& scripts,
                           const std::vector<model::InterfaceTexts>& texts, bool interface_found,
                           const std::string& content_dir, diag::Diagnostics& diags) {
  // Named as the loader names it, so a message points at the file the loader read.
  const std::string dir = load::join_path(content_dir, load::kInterfaceDir);
  std::set<std::string> served;  // interface files a script asked for
  for (const model::Script& script : scripts) {
    const std::vector<MessageUse> uses = find_message_uses(script.text);
    const size_t slot = script.text.find(kMessagesSlot);
    if (slot == std::string::npos) {
      if (!uses.empty())
        diags.error(diag::position_at(script.file, script.text, uses.front().offset),
                    "this script asks for messages but has no place for them",
                    {std::string("declare them once: const MESSAGES = ") + kMessagesSlot + ";"});
      continue;
    }
    // A site without the folder (a test fixture, a benchmark corpus) builds: its scripts show
    // their keys. Once the folder exists, every script's texts must be complete.
    if (!interface_found) continue;
    const std::string file = load::join_path(dir, script.name + ".yaml");
    const model::InterfaceTexts* mine = texts_named(texts, script.name);
    if (!mine) {
      diags.error(diag::position_at(script.file, script.text, slot),
                  "no " + file + " for the messages of this script",
                  {"write its texts there, one 'key: text' line each"});
      continue;
    }
    served.insert(mine->name);
    std::vector<std::string> keys;
    for (const model::InterfaceText& t : mine->texts) keys.push_back(t.key);
    std::set<std::string> asked;
    bool dynamic = false;
    for (const MessageUse& use : uses) {
      if (use.key.empty()) {
        dynamic = true;  // message(name): any text of the file may be asked for
        continue;
      }
      asked.insert(use.key);
      if (mine->find(use.key)) continue;
      std::vector<std::string> notes;
      const std::string guess = diag::closest_match(use.key, keys);
      if (!guess.empty()) notes.push_back("did you mean '" + guess + "'?");
      notes.push_back("or add '" + use.key + ": …' to " + mine->file);
      diags.error(diag::position_at(script.file, script.text, use.offset),
                  "message '" + use.key + "' is not in " + mine->file, notes);
    }
    if (dynamic) continue;
    for (const model::InterfaceText& t : mine->texts)
      if (!asked.count(t.key))
        diags.warning(t.pos, "'" + t.key + "' is not asked for by " + script.file,
                      {"remove it, or call message('" + t.key + "') in the script"});
  }
  for (const model::InterfaceTexts& t : texts) {
    if (served.count(t.name) || t.name == model::kQuestionTypeTexts) continue;
    diags.warning({t.file, 0, 0}, "no script assets/js/" + t.name + ".js asks for these texts",
                  {"an interface file is named after the script that shows its texts"});
  }
}

}  // namespace check
