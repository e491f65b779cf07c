// "3 an(s)": a warning at the mark, in pages (outside code) and in banks.
#include <doctest/doctest.h>

#include <sstream>

#include "check/plural_check.h"

namespace {

std::string warnings_for(const std::string& markdown, const std::string& bank_yaml = "") {
  model::Site site;
  model::Page page;
  page.file = "content/pages/p.md";
  page.markdown = markdown;
  page.body_line = 5;
  site.pages.push_back(page);
  diag::Diagnostics diags;
  if (!bank_yaml.empty()) {
    model::Bank bank;
    bank.file = "content/banks/b.yaml";
    bank.doc = load::parse_yaml(bank.file, bank_yaml, diags);
    site.banks.push_back(bank);
  }
  check::check_plural_marks(site, diags);
  CHECK(diags.error_count() == 0);
  std::ostringstream out;
  diags.print(out);
  return out.str();
}

}  // namespace

TEST_CASE("a plural left to the reader is a warning at its position") {
  const std::string w = warnings_for("Texte.\n\nSur 3 an(s) et 1 valeur(s).\n");
  CHECK(w.find("content/pages/p.md:7:7: warning: 'an(s)' leaves the plural to the reader") != std::string::npos);
  CHECK(w.find("content/pages/p.md:7:18: warning: 'valeur(s)'") != std::string::npos);
}

TEST_CASE("code, parentheses that are no plural mark and banks") {
  CHECK(warnings_for("Le `f(s)` et\n\n```\nan(s)\n```\n(s) seul, (x) seul, a(b).\n").empty());
  const std::string w = warnings_for("Rien.\n", "title: Outil\nsections:\n  - text: Nombre d'agent(s)\n");
  CHECK(w.find("content/banks/b.yaml:3:20: warning: 'agent(s)'") != std::string::npos);
}
