// Tools are made by the check stage from the banks and drawn by the render module of their kind
// (render/tool_kind.h): dispatch goes by kind, and each module knows its anchors and pages.
#include <doctest/doctest.h>

#include <string>

#include "check/tool_check.h"
#include "templating/templates.h"
#include "load/yaml_json.h"
#include "render/tool_kind.h"
#include "site_templates.h"

namespace {

model::Bank bank_from(const std::string& file, const std::string& yaml, diag::Diagnostics& diags) {
  model::Bank bank;
  bank.file = file;
  bank.doc = load::parse_yaml(file, yaml, diags);
  bank.id = bank.doc.value.value("id", std::string());
  return bank;
}

std::string checklist(int questions) {
  std::string yaml = "id: liste\nversion: 1\nkind: checklist\ntitle: Liste\nsections:\n  - id: s\n    title: S\n"
                     "    questions:\n";
  for (int i = 1; i <= questions; ++i) yaml += "      - {id: q" + std::to_string(i) + ", text: Q, type: yesno}\n";
  return yaml + "verdicts:\n  - {level: ok, label: OK, text: Bien.}\n";
}

const char* kClauses = R"(id: clauses
version: 1
kind: clauses
title: Clauses
profiles: [{id: dev, label: Développeurs}]
documents: [{id: ccap, label: CCAP}]
parameters: [{id: nom, label: Nom, type: text, default: "le titulaire"}]
sections:
  - id: env
    document: ccap
    title: Environnement
    clauses:
      - {id: c1, title: Formation, profiles: [dev], body: "{nom} forme ses équipes."}
)";

model::RenderedTool draw(const model::Tool& tool) {
  render::LinkResolver none = [](const std::string&) { return std::optional<std::string>(); };
  std::vector<std::string> unknown;
  render::ToolContext ctx{none, test_support::site_templates(), unknown};
  model::RenderedTool drawn = render::tool_module(tool.kind).render(tool, ctx);
  std::string names;
  for (const std::string& u : unknown) names += u + "; ";
  INFO("names the data lacks: " << names);
  CHECK(unknown.empty());  // every name the templates use is in the data
  return drawn;
}

}  // namespace

TEST_CASE("each valid bank becomes a tool drawn by the module of its kind") {
  diag::Diagnostics diags;
  model::Site site;
  site.banks.push_back(bank_from("banks/clauses.yaml", kClauses, diags));
  site.banks.push_back(bank_from("banks/liste.yaml", checklist(3), diags));
  site.banks.push_back(bank_from("banks/double.yaml", checklist(2), diags));  // the same id again
  std::vector<model::Tool> tools = check::check_banks(site, nullptr, diags);
  CHECK(diags.error_count() == 1);  // the duplicate id
  REQUIRE(tools.size() == 2);
  CHECK(tools[0].kind == model::ToolKind::clauses);
  CHECK(tools[0].url == "outils/clauses.html");
  CHECK(tools[1].kind == model::ToolKind::form);
  CHECK(tools[1].kind_name == "checklist");
  CHECK(tools[1].bank.questions.size() == 3);
}

TEST_CASE("a clauses tool's anchors lead to the document page that holds them") {
  diag::Diagnostics diags;
  model::Site site;
  site.banks.push_back(bank_from("banks/clauses.yaml", kClauses, diags));
  std::vector<model::Tool> tools = check::check_banks(site, nullptr, diags);
  REQUIRE(tools.size() == 1);
  render::tool_module(tools[0].kind).find_anchors(tools[0]);
  CHECK(tools[0].anchors.count("q-c1") == 1);
  CHECK(tools[0].anchor_pages.at("q-c1") == "outils/clauses/piece-ccap.html");
  CHECK(tools[0].anchor_pages.at("s-env") == "outils/clauses/piece-ccap.html");
  CHECK(tools[0].anchor_pages.at("annexe") == "outils/clauses/annexe.html");
  const model::RenderedTool drawn = draw(tools[0]);
  // Entry page, one page per document, the parameters, the annex; its document and data scripts.
  REQUIRE(drawn.pages.size() == 4);
  CHECK(drawn.pages[0].url == "outils/clauses.html");
  CHECK(drawn.pages[3].url == "outils/clauses/annexe.html");
  CHECK(drawn.pages[3].body_class == "page-tool tool-clauses annex-page");
  CHECK(drawn.files.count("assets/annex/clauses.js") == 1);
  CHECK(drawn.files.count("assets/banks/clauses.js") == 1);
}

TEST_CASE("a short form is one page; a long one a start page, a page per step, the review of the answers and the result") {
  diag::Diagnostics diags;
  model::Site site;
  site.banks.push_back(bank_from("banks/liste.yaml", checklist(3), diags));
  std::vector<model::Tool> tools = check::check_banks(site, nullptr, diags);
  REQUIRE(tools.size() == 1);
  model::RenderedTool drawn = draw(tools[0]);
  REQUIRE(drawn.pages.size() == 1);
  CHECK(drawn.pages[0].html.find("id=\"q-q3\"") != std::string::npos);
  CHECK(drawn.pages[0].scripts.back() == "assets/js/forms-result.js");

  site.banks[0] = bank_from("banks/liste.yaml", checklist(20), diags);
  tools = check::check_banks(site, nullptr, diags);
  REQUIRE(tools.size() == 1);
  render::tool_module(tools[0].kind).find_anchors(tools[0]);
  CHECK(tools[0].anchor_pages.at("q-q20") == "outils/liste/s-2.html");
  CHECK(tools[0].anchor_pages.at("resultat") == "outils/liste/resultat-avis.html");
  drawn = draw(tools[0]);
  REQUIRE(drawn.pages.size() == 5);
  CHECK(drawn.pages[0].html.find("id=\"q-q3\"") == std::string::npos);  // questions on the steps only
  CHECK(drawn.pages[0].html.find("href=\"liste/s.html\" data-keep-answers>Commencer") != std::string::npos);
  CHECK(drawn.pages[0].html.find("id=\"resultat\"") == std::string::npos);  // the result has its page
  CHECK(drawn.pages[2].url == "outils/liste/s-2.html");
  CHECK(drawn.pages[2].body_class == "page-tool tool-checklist tool-step");
  CHECK(drawn.pages[2].document_title == "Étape 2 sur 2 : S (partie 2 sur 2) — Liste");
  // The last step leads to the review of the answers, which leads to the result.
  CHECK(drawn.pages[2].html.find("href=\"verifier-reponses.html\" rel=\"next\"") != std::string::npos);
  CHECK(drawn.pages[3].url == "outils/liste/verifier-reponses.html");
  CHECK(drawn.pages[3].title == "Vérifiez vos réponses");
  CHECK(drawn.pages[3].document_title == "Vérifiez vos réponses : Liste");
  CHECK(drawn.pages[3].html.find("<li data-question=\"q20\">20. Q<a href=\"s-2.html#q-q20\"") != std::string::npos);
  CHECK(drawn.pages[3].scripts.back() == "assets/js/forms-check.js");
  CHECK(drawn.pages[4].url == "outils/liste/resultat-avis.html");
  CHECK(drawn.pages[4].title == "L'avis et ses raisons");
  CHECK(drawn.pages[4].html.find("id=\"resultat\"") < drawn.pages[4].html.find("class=\"how-verdict\""));  // the advice first
  CHECK(drawn.pages[4].scripts.back() == "assets/js/forms-result.js");
}
