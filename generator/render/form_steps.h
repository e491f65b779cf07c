#pragma once
// How a scored bank (checklist, grid) is cut into pages. A short bank stays one page: its
// questions and its result together. A longer one follows the pattern of public online services
// (GOV.UK): a start page outils/<id>.html (what the tool is for, how long it takes, what to have
// at hand, "Commencer"), its questions on step pages outils/<id>/<section>.html, one per section,
// a long section spread over several pages (<section>-2.html, ...), then a page that lists every
// answer with a link to change it, and the result page. No page carries the whole bank (RGESN
// pagination, EcoIndex grade A). The rule is in content/README.md.
#include <map>
#include <string>
#include <vector>

#include "core/bank_model.h"

namespace render {

/// A bank with more questions than this is split into steps; no step holds more than this.
constexpr size_t kQuestionsPerStep = 15;

/// One step page: questions [first, first + count) of section `section` (indexes in the bank).
struct FormStep {
  std::string url;      // site-root path: outils/<id>/<section>[-<part>].html
  size_t section = 0;
  size_t first = 0, count = 0;
  int part = 1, parts = 1;  // a long section's pages: part n of parts
};

/// The steps of a scored bank, in bank order; empty when the bank stays one page.
std::vector<FormStep> form_steps(const core::Bank& bank, const std::string& tool_url);

/// The two pages after the steps of a bank split into steps, in the steps' folder: the review of
/// every answer ("check your answers") and the result. Their names hold a '-', which no section
/// id does, so no step page can take them.
std::string form_check_url(const std::string& tool_url);
std::string form_result_url(const std::string& tool_url);

/// The page holding each anchor of a bank split into steps: s-<section> and q-<question> on their
/// step page, resultat on the result page.
std::map<std::string, std::string> form_anchor_pages(const core::Bank& bank, const std::string& tool_url);

}  // namespace render
