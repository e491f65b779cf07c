#include "check/tool_check.h"

#include <map>

#include "check/bank_check.h"
#include "check/calculator_check.h"
#include "core/id_patterns.h"

namespace check {

namespace {

std::string text_of(const nlohmann::ordered_json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

}  // namespace

std::vector<model::Tool> check_banks(const model::Site& site, const nlohmann::ordered_json& reference,
                                     diag::Diagnostics& diags) {
  std::vector<model::Tool> tools;
  std::map<std::string, std::string> seen;  // id → file
  for (const model::Bank& bank : site.banks) {
    if (!bank.doc.value.is_object()) {
      diags.error({bank.file, 1, 1}, "a bank must be a mapping with id, title, kind and sections");
      continue;
    }
    if (!core::matches(bank.id, core::IdPattern::slug)) {
      diags.error(bank.doc.position("/id"), "bank id must be lower-case letters, digits and '-'",
                  {"it names the page: outils/<id>.html"});
      continue;
    }
    if (seen.count(bank.id)) {
      diags.error(bank.doc.position("/id"), "duplicate bank id '" + bank.id + "'",
                  {"also used by " + seen[bank.id]});
      continue;
    }
    seen[bank.id] = bank.file;
    if (text_of(bank.doc.value, "kind") == "calculator") {
      // A calculator: its fields and texts, checked against the reference tables it lists.
      if (reference.is_null()) {
        diags.error(bank.doc.position("/kind"), "a calculator needs the footprint reference data (data/footprint*.yaml)",
                    {"restore content/data/, or remove this bank to build without the calculator"});
        continue;
      }
      std::optional<core::Calculator> calculator = check_calculator(bank.doc, reference, diags);
      if (!calculator) continue;
      model::Tool tool;
      tool.calculator = std::move(*calculator);
      tool.id = bank.id;
      tool.title = tool.calculator.title;
      tool.description = tool.calculator.description;
      tool.kind = model::ToolKind::calculator;
      tool.kind_name = "calculator";
      tool.url = "outils/" + bank.id + ".html";
      tool.order = tool.calculator.order;
      tool.source = &bank;
      tool.reference = reference;
      tools.push_back(std::move(tool));
      continue;
    }
    // The same validation as `guide eval` (core's), so a bank the browser could not evaluate
    // never reaches the site: names, types, show_if cycles, scores, verdict fallback.
    core::CompiledBank compiled = check_bank(bank.doc, diags);
    if (!compiled.ok()) continue;
    model::Tool tool;
    tool.bank = std::move(compiled.bank);
    tool.id = bank.id;
    tool.title = tool.bank.title;
    tool.description = tool.bank.description;
    tool.kind = model::tool_kind_of(tool.bank.kind);
    tool.kind_name = tool.bank.kind;
    tool.url = "outils/" + bank.id + ".html";
    tool.order = tool.bank.order;
    tool.source = &bank;
    tools.push_back(std::move(tool));
  }
  return tools;
}

}  // namespace check
