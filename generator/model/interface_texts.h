#pragma once
// The interface's words (content/interface/): one file per user of them, each a flat mapping
// from a key to a text. `<script>.yaml` holds the messages and button labels of the browser
// script assets/js/<script>.js, so that the whole interface can be reworded or translated
// without touching JavaScript; `question-types.yaml` holds the words the generator itself gives
// every bank (the labels of the default choices, core/question_types.h). Loaded by load/interface_texts.h, checked against the scripts by
// check/script_messages_check.h, typeset with the other plain texts.
#include <map>
#include <string>
#include <vector>

#include "diag/diagnostics.h"

namespace model {

struct InterfaceText {
  std::string key;   // [a-z0-9_]+
  std::string text;  // plain text; {name} marks a value the script fills in
  diag::SourcePos pos;
};

/// One file of content/interface/.
struct InterfaceTexts {
  std::string name;  // the file name without .yaml: "forms-result"
  std::string file;  // content/interface/forms-result.yaml
  std::vector<InterfaceText> texts;  // in the file's order

  const InterfaceText* find(const std::string& key) const {
    for (const InterfaceText& t : texts)
      if (t.key == key) return &t;
    return nullptr;
  }
};

/// The interface file that is the generator's, not a script's: the default choices' labels.
constexpr const char* kQuestionTypeTexts = "question-types";

/// The texts of the file named `name` of `files`, by key (empty when there is no such file).
inline std::map<std::string, std::string> texts_by_key(const std::vector<InterfaceTexts>& files,
                                                       const std::string& name) {
  std::map<std::string, std::string> out;
  for (const InterfaceTexts& file : files)
    if (file.name == name)
      for (const InterfaceText& t : file.texts) out.emplace(t.key, t.text);
  return out;
}

/// A browser script of assets/js/, as read: the generator writes its messages into it.
struct Script {
  std::string name;  // file name without .js: "forms-result"
  std::string rel;   // below assets/: "js/forms-result.js"
  std::string file;  // as shown in diagnostics: "assets/js/forms-result.js"
  std::string text;
};

}  // namespace model
