#include "check/carry_check.h"

#include "core/evaluate.h"
#include "load/yaml_json.h"

namespace check {

void check_carries(const model::Site& site, const std::vector<model::Tool>& tools, diag::Diagnostics& diags) {
  for (const model::Tool& tool : tools) {
    if (!tool.source || tool.kind == model::ToolKind::calculator) continue;  // a calculator has no verdicts
    const std::vector<core::Verdict>& verdicts = tool.bank.verdicts;
    for (size_t i = 0; i < verdicts.size(); ++i) {
      const core::Verdict& verdict = verdicts[i];
      if (verdict.carry_bank.empty() || verdict.carry_answers.is_null()) continue;
      const std::string at = "/verdicts/" + std::to_string(i) + "/carry";
      const std::string& target = verdict.carry_bank;
      const model::Tool* found = nullptr;
      for (const model::Tool& t : tools)
        if (t.source && t.kind != model::ToolKind::calculator && t.id == target) found = &t;
      if (!found) {
        std::vector<std::string> ids;
        bool exists = false;
        for (const model::Bank& b : site.banks) {
          ids.push_back(b.id);
          exists = exists || b.id == target;
        }
        if (exists) continue;  // a bank with errors of its own, reported there
        std::vector<std::string> notes;
        std::string guess = diag::closest_match(target, ids);
        if (!guess.empty()) notes.push_back("did you mean '" + guess + "'?");
        diags.error(tool.source->doc.position(at + "/bank"), "unknown tool '" + target + "'", notes);
        continue;
      }
      core::CompiledBank compiled;
      compiled.bank = found->bank;
      nlohmann::ordered_json file = {{"bank", target}, {"answers", verdict.carry_answers}};
      auto result = nlohmann::ordered_json::parse(core::evaluate(compiled, file.dump()), nullptr, false);
      if (result.is_discarded() || !result.contains("ignored")) continue;
      for (const auto& ignored : result["ignored"]) {
        const std::string q = ignored.value("question", "");
        if (ignored.value("reason", "") == "hidden") continue;  // valid, shown once the rest is answered
        diags.error(tool.source->doc.position(at + "/answers/" + load::pointer_token(q)),
                    "the tool '" + target + "' does not accept this answer for '" + q + "': " +
                        ignored.value("detail", ""));
      }
    }
  }
}

}  // namespace check
