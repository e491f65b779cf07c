#include "render/form_steps.h"

namespace render {

namespace {

// outils/<id>.html → outils/<id>/
std::string steps_folder(const std::string& tool_url) { return tool_url.substr(0, tool_url.size() - 5) + "/"; }

}  // namespace

std::string form_check_url(const std::string& tool_url) { return steps_folder(tool_url) + "verifier-reponses.html"; }
std::string form_result_url(const std::string& tool_url) { return steps_folder(tool_url) + "resultat-avis.html"; }

std::vector<FormStep> form_steps(const core::Bank& bank, const std::string& tool_url) {
  std::vector<FormStep> steps;
  if (bank.questions.size() <= kQuestionsPerStep) return steps;
  const std::string folder = steps_folder(tool_url);
  for (size_t i = 0; i < bank.sections.size(); ++i) {
    const size_t n = bank.sections[i].questions.size();
    // The fewest pages that respect the limit, in parts as even as possible (42 → 14 + 14 + 14).
    const size_t parts = n == 0 ? 1 : (n + kQuestionsPerStep - 1) / kQuestionsPerStep;
    size_t first = 0;
    for (size_t p = 0; p < parts; ++p) {
      FormStep step;
      step.section = i;
      step.first = first;
      step.count = n / parts + (p < n % parts ? 1 : 0);
      step.part = static_cast<int>(p + 1);
      step.parts = static_cast<int>(parts);
      // Section ids never hold '-', so "<section>-2" cannot be another section's page.
      step.url = folder + bank.sections[i].id + (p ? "-" + std::to_string(p + 1) : "") + ".html";
      first += step.count;
      steps.push_back(std::move(step));
    }
  }
  return steps;
}

std::map<std::string, std::string> form_anchor_pages(const core::Bank& bank, const std::string& tool_url) {
  std::map<std::string, std::string> out;
  const std::vector<FormStep> steps = form_steps(bank, tool_url);
  if (!steps.empty()) out["resultat"] = form_result_url(tool_url);
  for (const FormStep& step : steps) {
    const core::Section& section = bank.sections[step.section];
    if (step.part == 1) out["s-" + section.id] = step.url;
    for (size_t q = step.first; q < step.first + step.count; ++q) {
      out["q-" + bank.questions[section.questions[q]].id] = step.url;
    }
  }
  return out;
}

}  // namespace render
