// Documents drawn from a bank (content/documents/, check/document_check.h): checked against the
// bank's compiled model, made tools of their own kind, drawn by their render module.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "check/document_check.h"
#include "check/tool_check.h"
#include "load/yaml_json.h"
#include "render/tool_kind.h"
#include "site_templates.h"

namespace {

const char* kGrid = R"(id: grille
version: 2
kind: grid
title: Grille
sections:
  - id: s
    title: S
    questions:
      - {id: seul, text: "Décide seul ?", type: yesno}
      - {id: donnees, text: Données, type: text}
      - {id: lieu, text: Lieu, type: choice, choices: [{id: france, label: En France}, {id: ailleurs, label: Ailleurs}]}
verdicts:
  - {level: ok, label: OK, text: Bien.}
)";

const char* kQuestionnaire = R"(id: sourcing
version: 3
kind: questionnaire
title: Questionnaire
profiles:
  - {id: developpeur, label: Développeurs}
  - {id: integrateur, label: Intégrateurs}
  - {id: hebergeur, label: Hébergeurs}
sections:
  - id: dev_eco
    title: Développeurs, écoconception
    profiles: [developpeur]
    theme: écoconception
    questions:
      - {id: mesure, text: "Mesurez-vous ?", type: text, expected: Oui ou non}
)";

std::string messages(const std::string& kind, const std::string& skip = "") {
  std::string yaml = "messages:\n";
  for (const std::string& key : check::document_message_keys(kind)) {
    if (key != skip) yaml += "  " + key + ": \"[" + key + " {quoi}]\"\n";
  }
  return yaml;
}

std::string notice(const std::string& fields, const std::string& body) {
  return "id: mention\nkind: notice\nfrom: grille\ntitle: Mention\nfields:\n" + fields +
         "parts:\n  - id: p\n    title: Partie\n    basis: Article 1.\n    body: \"" + body + "\"\n" + messages("notice");
}

const char* kFields = "  - {id: role, question: seul, choices: {oui: décide seul, non: aide l'agent}, blank: le rôle}\n"
                      "  - {id: finalite, blank: la finalité}\n";

std::string synthesis(const std::string& from, const std::string& bands) {
  return "id: synthese\nkind: synthesis\nfrom: " + from + "\ntitle: Synthèse\nnot_a_ranking: Pas un classement.\n"
         "levels:\n  complete: {label: Complète, short: C}\n  partielle: {label: Partielle, short: P}\n"
         "  aucune: {label: Aucune, short: A}\n  non_posee: {label: Non posée, short: N}\n"
         "proof: {label: Justificatif, short: J}\nbands:\n" + bands + messages("synthesis");
}

const char* kBands = "  - {id: courante, label: Courante, when: {measure: justificatif, at_least: 50}, text: t}\n"
                     "  - {id: rare, label: Rare, text: t}\n";

struct Checked {
  std::vector<model::Tool> documents;
  std::string errors;
};

Checked checked(const std::string& document_yaml) {
  diag::Diagnostics diags;
  model::Site site;
  for (const auto& [file, yaml] : {std::pair<std::string, std::string>{"banks/grille.yaml", kGrid},
                                   {"banks/sourcing.yaml", kQuestionnaire}}) {
    model::Bank bank;
    bank.file = file;
    bank.doc = load::parse_yaml(file, yaml, diags);
    REQUIRE(bank.doc.value.is_object());
    bank.id = bank.doc.value.value("id", std::string());
    site.banks.push_back(std::move(bank));
  }
  model::DocumentSource doc;
  doc.file = "documents/doc.yaml";
  doc.doc = load::parse_yaml(doc.file, document_yaml, diags);
  if (!doc.doc.value.is_object()) {
    std::ostringstream out;
    diags.print(out);
    FAIL(out.str());
  }
  doc.id = doc.doc.value.value("id", std::string());
  site.documents.push_back(std::move(doc));
  std::vector<model::Tool> tools = check::check_banks(site, nlohmann::ordered_json(), diags);
  REQUIRE(!diags.has_errors());
  Checked out;
  out.documents = check::check_documents(site, tools, diags);
  for (const auto& d : diags.sorted()) out.errors += diag::format_pos(d.pos) + ": " + d.message + "\n";
  return out;
}

model::RenderedTool draw(const model::Tool& tool) {
  render::LinkResolver none = [](const std::string&) { return std::optional<std::string>(); };
  std::vector<std::string> unknown;
  render::ToolContext ctx{none, test_support::site_templates(), unknown};
  model::RenderedTool drawn = render::tool_module(tool.kind).render(tool, ctx);
  CHECK(unknown.empty());
  return drawn;
}

}  // namespace

TEST_CASE("a notice drawn from a grid becomes a tool whose draft shows each field as a marked blank") {
  const Checked c = checked(notice(kFields, "Un traitement qui {role}, pour {finalite}."));
  REQUIRE(c.errors == "");
  REQUIRE(c.documents.size() == 1);
  const model::Tool& tool = c.documents[0];
  CHECK(tool.kind == model::ToolKind::notice);
  CHECK(tool.url == "outils/mention.html");
  CHECK(tool.bank.id == "grille");  // the grid's compiled model, not a copy of its questions in the document
  const model::RenderedTool drawn = draw(tool);
  REQUIRE(drawn.pages.size() == 1);
  const std::string& html = drawn.pages[0].html;
  CHECK(html.find("<span class=\"draft-field is-blank\" data-field=\"role\">[blank le rôle]</span>") != std::string::npos);
  CHECK(html.find("data-bank=\"grille\" data-version=\"2\"") != std::string::npos);
  CHECK(html.find("&quot;question&quot;:&quot;seul&quot;") != std::string::npos);  // notice.js's data
  CHECK(drawn.files.empty());
}

TEST_CASE("a notice's questions, choices and slots are checked against the grid, with suggestions") {
  CHECK(checked(notice("  - {id: role, question: seule, blank: x}\n", "{role}")).errors ==
        "documents/doc.yaml:6:26: 'seule' is not a question of bank 'grille' (did you mean 'seul'?)\n");
  CHECK(checked(notice("  - {id: role, question: lieu, choices: {franc: F}, blank: x}\n", "{role}")).errors.find(
            "'franc' is not a choice of question 'lieu' (did you mean 'france'?)") != std::string::npos);
  CHECK(checked(notice("  - {id: role, question: donnees, choices: {a: b}, blank: x}\n", "{role}")).errors.find(
            "answered in words or numbers") != std::string::npos);
  const std::string slot = checked(notice(kFields, "{role} {finalté}")).errors;
  CHECK(slot.find("'{finalté}' names no field") == std::string::npos);  // not a name: left as text
  const std::string unknown = checked(notice(kFields, "{role} {finalit}")).errors;
  CHECK(unknown.find("'{finalit}' names no field (did you mean 'finalite'?)") != std::string::npos);
  CHECK(checked(notice(kFields, "{role}")).errors.find("field 'finalite' is shown by no part") != std::string::npos);
}

TEST_CASE("a document's kind, bank and sentences are checked") {
  std::string wrong = notice(kFields, "{role} {finalite}");
  wrong.replace(wrong.find("from: grille"), 12, "from: sourcing");
  CHECK(checked(wrong).errors.find("a notice is drafted from a checklist's or grid's answers; 'sourcing' is a questionnaire") !=
        std::string::npos);
  std::string missing = notice(kFields, "{role} {finalite}");
  missing.replace(missing.find("from: grille"), 12, "from: griile");
  CHECK(checked(missing).errors.find("no bank 'griile' (did you mean 'grille'?)") != std::string::npos);
  std::string short_of = "id: mention\nkind: notice\nfrom: grille\ntitle: M\nfields:\n" + std::string(kFields) +
                         "parts:\n  - {id: p, title: P, basis: B, body: \"{role} {finalite}\"}\n" + messages("notice", "counts");
  CHECK(checked(short_of).errors.find("'messages' needs 'counts'") != std::string::npos);
  CHECK(checked(synthesis("grille", kBands)).errors.find("a synthesis compares answers to a questionnaire") != std::string::npos);
  CHECK(checked(synthesis("sourcing", "  - {id: rare, label: Rare, text: t, when: {measure: reponse, at_least: 10}}\n")).errors.find(
            "the last band holds in every other case") != std::string::npos);
  CHECK(checked(synthesis("sourcing", "  - {id: a, label: A, text: t, when: {measure: preuve, at_least: 10}}\n  - {id: b, label: B, text: t}\n"))
            .errors.find("unknown measure 'preuve'") != std::string::npos);
}

TEST_CASE("a synthesis reads the questionnaire's questions from its compiled bank into its data script") {
  const Checked c = checked(synthesis("sourcing", kBands));
  REQUIRE(c.errors == "");
  REQUIRE(c.documents.size() == 1);
  const model::RenderedTool drawn = draw(c.documents[0]);
  REQUIRE(drawn.files.count("assets/documents/synthese.js") == 1);
  const std::string& script = drawn.files.at("assets/documents/synthese.js");
  CHECK(script.find("window.GUIDE_DOCUMENTS[\"synthese\"]=") != std::string::npos);
  CHECK(script.find("\"questionnaire\":\"sourcing\",\"questionnaire_version\":3") != std::string::npos);
  CHECK(script.find("\"id\":\"mesure\"") != std::string::npos);
  CHECK(script.find("\"theme\":\"ecoconception\"") != std::string::npos);
  CHECK(script.find("\"measure\":\"justificatif\",\"at_least\":50") != std::string::npos);
}
