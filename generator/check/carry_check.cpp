#include "check/carry_check.h"

#include "core/evaluate.h"

namespace check {

void check_carries(const std::vector<model::Bank>& banks, diag::Diagnostics& diags) {
  for (const model::Bank& bank : banks) {
    const auto& v = bank.doc.value;
    if (!v.is_object() || !v.contains("verdicts") || !v["verdicts"].is_array()) continue;
    const auto& verdicts = v["verdicts"];
    for (size_t i = 0; i < verdicts.size(); ++i) {
      if (!verdicts[i].is_object() || !verdicts[i].contains("carry")) continue;
      const auto& carry = verdicts[i]["carry"];
      const std::string at = "/verdicts/" + std::to_string(i) + "/carry";
      if (!carry.is_object() || !carry.contains("bank") || !carry["bank"].is_string() ||
          !carry.contains("answers"))
        continue;  // the core's check of the bank reports the shape
      const std::string target = carry["bank"].get<std::string>();
      const model::Bank* found = nullptr;
      for (const model::Bank& b : banks)
        if (b.id == target) found = &b;
      if (!found) {
        std::vector<std::string> ids;
        for (const model::Bank& b : banks) ids.push_back(b.id);
        std::vector<std::string> notes;
        std::string guess = diag::closest_match(target, ids);
        if (!guess.empty()) notes.push_back("did you mean '" + guess + "'?");
        diags.error(bank.doc.position(at + "/bank"), "unknown tool '" + target + "'", notes);
        continue;
      }
      nlohmann::ordered_json file = {{"bank", target}, {"answers", carry["answers"]}};
      auto result = nlohmann::ordered_json::parse(core::evaluate(found->doc.value.dump(), file.dump()), nullptr, false);
      if (result.is_discarded() || !result.contains("ignored")) continue;
      for (const auto& ignored : result["ignored"]) {
        const std::string q = ignored.value("question", "");
        if (ignored.value("reason", "") == "hidden") continue;  // valid, shown once the rest is answered
        diags.error(bank.doc.position(at + "/answers/" + load::pointer_token(q)),
                    "the tool '" + target + "' does not accept this answer for '" + q + "': " +
                        ignored.value("detail", ""));
      }
    }
  }
}

}  // namespace check
