#include "load/footprint_messages_check.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/footprint_messages.h"
#include "core/placeholders.h"
#include "load/unknown_members.h"

namespace load {

namespace {

using Json = nlohmann::ordered_json;
namespace msg = core::footprint_messages;

std::vector<std::string> strings(const std::vector<const char*>& list) { return {list.begin(), list.end()}; }

// The names of the {name}s written in `text`.
std::vector<std::string> placeholder_names(const std::string& text) {
  std::vector<std::string> out;
  core::for_each_placeholder(text, [&out](std::string_view name, size_t) { out.emplace_back(name); });
  return out;
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "{" : ", {") + n + "}";
  return out.empty() ? "none" : out;
}

class Checker {
 public:
  Checker(const model::YamlDocument& doc, diag::Diagnostics& diags) : doc_(doc), diags_(diags) {}

  // A mapping member of `parent` (at `pointer`) that must be a mapping; null when it is not.
  const Json* mapping(const Json& parent, const std::string& pointer, const char* key, const char* what) {
    auto it = parent.find(key);
    if (it == parent.end()) {
      diags_.error(doc_.position(pointer), std::string("'messages' has no '") + key + "': " + what);
      return nullptr;
    }
    if (!it->is_object()) {
      diags_.error(doc_.position(pointer + "/" + key), std::string("'") + key + "' must be a mapping: " + what);
      return nullptr;
    }
    return &*it;
  }

  // Each of `required` must be a member of `node`, each member one of `required`; `text_of`
  // gives a member's text to check (null: the member is not a text).
  template <typename TextOf>
  void members(const Json& node, const std::string& pointer, const std::vector<std::string>& required,
               const char* noun, const char* what_to_write, TextOf text_of) {
    report_unknown_members(doc_, node, pointer, required, diags_, UnknownMemberWording(noun));
    for (const auto& key : required) {
      if (!node.contains(key)) {
        diags_.error(doc_.position(pointer), "no " + std::string(noun) + " '" + key + "': the engine uses it",
                     {std::string("add ") + key + ": " + what_to_write});
        continue;
      }
      const std::string p = pointer + "/" + key;
      const Json* text = text_of(node.at(key), p);
      if (!text) continue;
      if (!text->is_string() || text->get<std::string>().empty())
        diags_.error(doc_.position(p), "'" + key + "' must be a non-empty text");
    }
  }

  void fills(const std::string& text, const std::string& pointer, const std::vector<std::string>& allowed,
             const std::vector<std::string>& required = {}) {
    const std::vector<std::string> used = placeholder_names(text);
    for (const auto& name : used)
      if (std::find(allowed.begin(), allowed.end(), name) == allowed.end())
        diags_.error(doc_.position(pointer), "{" + name + "} is not filled in this message",
                     {"it may use " + joined(allowed)});
    for (const auto& name : required)
      if (std::find(used.begin(), used.end(), name) == used.end())
        diags_.error(doc_.position(pointer), "this text must contain {" + name + "}");
  }

 private:
  const model::YamlDocument& doc_;
  diag::Diagnostics& diags_;
};

}  // namespace

void check_footprint_messages(const model::YamlDocument& doc, const Json& messages, diag::Diagnostics& diags) {
  const std::string root = "/messages";
  if (!messages.is_object()) {
    diags.error(doc.position(root), "'messages' must be a mapping: format, subjects, hints, errors");
    return;
  }
  report_unknown_members(doc, messages, root, {"format", "subjects", "hints", "errors"}, diags);
  Checker check(doc, diags);
  auto as_text = [](const Json& v, const std::string&) { return &v; };

  if (const Json* format = check.mapping(messages, root, "format", "how numbers, quotes and lists are written")) {
    check.members(*format, root + "/format", strings(msg::format_keys()), "format member", "\"…\"", as_text);
    if (format->contains("quote") && format->at("quote").is_string())
      check.fills(format->at("quote").get<std::string>(), root + "/format/quote", {"text"}, {"text"});
    if (format->contains("did_you_mean") && format->at("did_you_mean").is_string())
      check.fills(format->at("did_you_mean").get<std::string>(), root + "/format/did_you_mean", {"choices"},
                  {"choices"});
  }
  if (const Json* subjects = check.mapping(messages, root, "subjects", "the names the messages give the fields")) {
    // A subject is its label, and may have a unit.
    auto label_of = [&](const Json& v, const std::string& p) -> const Json* {
      static const Json missing;
      if (!v.is_object()) return &v;
      report_unknown_members(doc, v, p, {"label", "unit"}, diags);
      if (v.contains("unit") && (!v.at("unit").is_string() || v.at("unit").get<std::string>().empty()))
        diags.error(doc.position(p + "/unit"), "'unit' must be a non-empty text (leave it out for none)");
      return v.contains("label") ? &v.at("label") : &missing;
    };
    check.members(*subjects, root + "/subjects", strings(msg::subjects()), "subject", "{label: \"…\", unit: \"…\"}",
                  label_of);
  }
  if (const Json* hints = check.mapping(messages, root, "hints", "what a reader may enter instead"))
    check.members(*hints, root + "/hints", strings(msg::hints()), "hint", "\"…\"", as_text);
  if (const Json* errors = check.mapping(messages, root, "errors", "one message per code the engine reports")) {
    std::vector<std::string> codes;
    for (const auto& c : msg::codes()) codes.push_back(c.id);
    check.members(*errors, root + "/errors", codes, "message code", "\"…\"", as_text);
    for (const auto& c : msg::codes()) {
      auto it = errors->find(c.id);
      if (it != errors->end() && it->is_string())
        check.fills(it->get<std::string>(), root + "/errors/" + c.id, msg::placeholders(c));
    }
  }
}

}  // namespace load
