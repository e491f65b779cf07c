// content/interface/: loading, the check against the scripts, and the scripts written with
// their texts.
#include <doctest/doctest.h>

#include "check/script_messages_check.h"
#include "load/file_system.h"
#include "load/interface_texts.h"
#include "site/script_messages.h"
#include "unit/memory_file_system.h"

namespace {

const char* kScript =
    "(function () {\n"
    "  const MESSAGES = /* guide:messages */ {};\n"
    "  const message = (key, values) => MESSAGES[key] || key;\n"
    "  show(message('saved'));\n"
    "  show(message( 'count', { n: 2 }));\n"
    "  obj.message('not_ours'); showMessage('neither');\n"
    "})();\n";

struct Loaded {
  std::vector<model::InterfaceTexts> texts;
  std::vector<model::Script> scripts;
  bool found = false;
  diag::Diagnostics diags;
};

void load_all(Loaded& out, const std::string& yaml, const std::string& script = kScript) {
  load::MemoryFileSystem fs;
  if (!yaml.empty()) fs.add("c/interface/tool.yaml", yaml);
  fs.add("a/js/tool.js", script);
  out.texts = load::load_interface_texts(fs, "c", out.found, out.diags);
  out.scripts = load::load_scripts(fs, "a", out.diags);
  check::check_script_messages(out.scripts, out.texts, out.found, "c", out.diags);
}

}  // namespace

TEST_CASE("message('key') calls are found with the key's offset; other calls are not") {
  const auto uses = check::find_message_uses(kScript);
  REQUIRE(uses.size() == 2);
  CHECK(uses[0].key == "saved");
  CHECK(std::string(kScript).substr(uses[0].offset, 5) == "saved");
  CHECK(uses[1].key == "count");
  const auto dynamic = check::find_message_uses("message(name)");
  REQUIRE(dynamic.size() == 1);
  CHECK(dynamic[0].key.empty());
}

TEST_CASE("a script's texts pass the check and are written into it, typeset by the caller") {
  Loaded l;
  load_all(l, "saved: Enregistré.\ncount: \"{n} réponses\"\n");
  CHECK(l.diags.sorted().empty());
  REQUIRE(l.found);
  REQUIRE(l.texts.size() == 1);
  CHECK(l.texts[0].name == "tool");
  output::OutputTree tree;
  site::add_scripts_with_messages(l.scripts, l.texts, tree);
  REQUIRE(tree.files.count("assets/js/tool.js"));
  const std::string& out = tree.files["assets/js/tool.js"];
  CHECK(out.find("const MESSAGES = /* guide:messages */ {\"saved\":\"Enregistré.\",\"count\":\"{n} réponses\"};") !=
        std::string::npos);
  CHECK(out.find("show(message('saved'));") != std::string::npos);
}

TEST_CASE("a key the script asks for and the file lacks is an error at the call, with a guess") {
  Loaded l;
  load_all(l, "saved: Enregistré.\ncounts: \"{n} réponses\"\n");
  auto all = l.diags.sorted();
  REQUIRE(all.size() == 2);
  CHECK(all[0].severity == diag::Severity::error);
  CHECK(all[0].pos.file == "a/js/tool.js");
  CHECK(all[0].pos.line == 5);
  CHECK(all[0].pos.col == 18);  // the key's first letter
  CHECK(all[0].message == "message 'count' is not in c/interface/tool.yaml");
  CHECK(all[0].notes[0] == "did you mean 'counts'?");
  // ... and the text no script asks for is a warning at its key.
  CHECK(all[1].severity == diag::Severity::warning);
  CHECK(all[1].pos.file == "c/interface/tool.yaml");
  CHECK(all[1].pos.line == 2);
}

TEST_CASE("interface files: wrong shapes are errors at their position; no folder is no error") {
  Loaded bad;
  load_all(bad, "saved: [a, b]\nBad-Key: x\ncount: \"{n}\"\n");
  std::vector<diag::Diagnostic> in_file;
  for (const auto& d : bad.diags.sorted())
    if (d.pos.file == "c/interface/tool.yaml") in_file.push_back(d);
  REQUIRE(in_file.size() == 2);
  CHECK(in_file[0].message == "'saved' must be a text");
  CHECK(in_file[0].pos.line == 1);
  CHECK(in_file[1].message.find("'Bad-Key' is not a key") == 0);
  CHECK(in_file[1].pos.line == 2);

  Loaded none;
  load_all(none, "");
  CHECK_FALSE(none.found);
  CHECK(none.diags.sorted().empty());  // a fixture or a corpus: its scripts show their keys

  Loaded no_slot;
  load_all(no_slot, "saved: x\n", "show(message('saved'));\n");
  auto errors = no_slot.diags.sorted();
  REQUIRE_FALSE(errors.empty());
  CHECK(errors[0].message == "this script asks for messages but has no place for them");
}

TEST_CASE("scripts are written without the comment they open with, whether they have texts or not") {
  CHECK(site::after_leading_comment("/* what it does */\n(function () {})();\n") == 19);
  CHECK(site::after_leading_comment("\n/* a\n * b */\r\n\r\ncode();") == 17);
  CHECK(site::after_leading_comment("code(); /* not first */") == 0);
  CHECK(site::after_leading_comment("// a line comment stays\ncode();") == 0);
  CHECK(site::after_leading_comment("/*! licence */\ncode();") == 0);
  CHECK(site::after_leading_comment("/* never closed\ncode();") == 0);

  Loaded l;
  load_all(l, "saved: Enregistré.\ncount: \"{n} réponses\"\n", std::string("/* tool.js: what it does. */\n") + kScript);
  CHECK(l.diags.sorted().empty());
  output::OutputTree tree;
  std::vector<model::Script> scripts = l.scripts;
  scripts.push_back({"plain", "js/plain.js", "a/js/plain.js", "/* plain.js */\n(function () {})();\n"});
  site::add_scripts_with_messages(scripts, l.texts, tree);
  REQUIRE(tree.files.count("assets/js/tool.js"));
  const std::string& out = tree.files["assets/js/tool.js"];
  CHECK(out.rfind("(function () {\n  const MESSAGES = /* guide:messages */ {\"saved\"", 0) == 0);
  CHECK(tree.files["assets/js/plain.js"] == "(function () {})();\n");
}
