#include "check/tool_check.h"

#include <map>

#include "check/bank_check.h"

namespace check {

namespace {

bool valid_id(const std::string& id) {
  return !id.empty() && id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos;
}

}  // namespace

std::vector<model::Tool> check_banks(const model::Site& site, diag::Diagnostics& diags) {
  std::vector<model::Tool> tools;
  std::map<std::string, std::string> seen;  // id → file
  for (const model::Bank& bank : site.banks) {
    if (!bank.doc.value.is_object()) {
      diags.error({bank.file, 1, 1}, "a bank must be a mapping with id, title, kind and sections");
      continue;
    }
    if (!valid_id(bank.id)) {
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
