#pragma once
// The documents a buyer draws from another tool's questions or answers (content/documents/*.yaml):
// the sourcing synthesis (the suppliers' answers to the sourcing questionnaire, compared question
// by question) and the notice (the CRPA's "mention explicite" and the inventory entry, drafted
// from the grid's answers). Each names the bank it is drawn `from`; the check stage validates it
// against that bank's compiled model (check/document_check.h) and makes it a tool of its own kind.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/yaml_document.h"

namespace model {

/// A document as loaded: its YAML converted to JSON, positions kept for diagnostics.
struct DocumentSource {
  std::string file;
  std::string id;
  YamlDocument doc;
};

/// A word and its short form (a column of a table, a cell).
struct Wording {
  std::string label, short_label;
};

/// How the market stands on a theme, the first band whose condition holds: the guide's proposal.
struct MaturityBand {
  std::string id, label, text;  // text: Markdown
  std::string measure;          // reponse | complete | justificatif; "" with suppliers_below or fallback
  double at_least = 0;          // percent of the answers expected
  int suppliers_below = 0;      // > 0: holds while fewer suppliers were asked about the theme
};

/// The sourcing synthesis: how each supplier answered each question, and what the counts say.
struct SynthesisSpec {
  // Answer levels, in this order: complete, partielle, aucune, non_posee (fixed ids: the counts
  // depend on them).
  std::vector<std::pair<std::string, Wording>> levels;
  Wording proof;                    // a means of proof came with the answer
  std::vector<MaturityBand> bands;  // the last one holds always
  std::string not_a_ranking;        // Markdown: why the page compares no firm with another
};

/// A value of a notice: a grid answer as text, or a blank the buyer fills.
struct NoticeField {
  std::string id;
  std::string question;  // "" for a field the grid does not answer (always blank)
  std::string blank;     // what the blank asks for: "[À compléter : <blank>]"
  // A choice question's answers as phrases (choice id → text; "" leaves out the paragraph,
  // item or row that shows the field). A choice without a phrase shows its label.
  std::vector<std::pair<std::string, std::string>> choices;
};

/// A part of a notice: a title, the articles it follows, a Markdown body with {field} slots.
struct NoticePart {
  std::string id, title, basis, note, body;  // note: Markdown shown on screen, never printed
};

struct NoticeSpec {
  std::vector<NoticeField> fields;
  std::vector<NoticePart> parts;
};

/// What a document tool adds to its Tool (model/tool.h).
struct DocumentSpec {
  std::string from;   // the bank it is drawn from
  std::string intro;  // Markdown, above the tool
  SynthesisSpec synthesis;
  NoticeSpec notice;
  nlohmann::ordered_json messages = nlohmann::ordered_json::object();  // the page script's sentences
};

}  // namespace model
