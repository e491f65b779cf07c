#include "check/document_check.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/id_patterns.h"
#include "core/join.h"
#include "core/json_pointer.h"
#include "core/placeholders.h"
#include "core/question_types.h"
#include "core/suggest.h"

namespace check {

namespace {

using ojson = nlohmann::ordered_json;

// The sentences each kind's page script shows (assets/js/synthesis*.js, notice.js): the scripts
// read them by these names, so a missing one would leave a hole in the page.
const std::map<std::string, std::vector<std::string>> kMessages = {
    {"synthesis",
     {"supplier_name", "anonymous_name", "name_label", "remove_label", "supplier_legend", "level_label", "proof_label", "note_label",
      "no_supplier", "no_section", "restored", "unsaved", "saved", "loaded", "loaded_dropped", "cleared",
      "confirm_clear", "load_failed", "error_json", "error_tool", "error_version", "error_bank",
      "error_suppliers", "error_too_many", "error_name", "error_profile", "error_level", "error_answer",
      "error_theme", "nothing_to_print", "downloaded", "made_on", "count", "share", "not_entered",
      "export_unavailable"}},
    {"notice",
     {"blank", "from_link", "from_memory", "from_file", "file_origin", "no_answers", "counts", "nothing_chosen",
      "downloaded", "made_on", "export_unavailable"}},
};

// The answer levels of a synthesis, in the order the pages list them (the counts read these ids).
const std::vector<std::string> kLevels = {"complete", "partielle", "aucune", "non_posee"};
const std::vector<std::string> kMeasures = {"reponse", "complete", "justificatif"};

std::string token(const std::string& key) { return core::pointer_token(key); }

// Reads one document, reporting each problem; `ok` turns false on any error.
class Reader {
 public:
  Reader(const model::DocumentSource& source, diag::Diagnostics& diags) : doc_(source.doc), diags_(diags) {}

  bool ok() const { return ok_; }
  void error(const std::string& pointer, const std::string& message, std::vector<std::string> notes = {}) {
    diags_.error(doc_.position(pointer), message, std::move(notes));
    ok_ = false;
  }
  // An error at byte `offset` of the string at `pointer`.
  void error_at(const std::string& pointer, size_t offset, const std::string& message, std::vector<std::string> notes = {}) {
    diags_.error(doc_.offset_position(pointer, offset), message, std::move(notes));
    ok_ = false;
  }

  const ojson* at(const std::string& pointer) const {
    const ojson* v = &doc_.value;
    if (pointer.empty()) return v;
    size_t start = 1;
    while (start <= pointer.size()) {
      size_t end = pointer.find('/', start);
      if (end == std::string::npos) end = pointer.size();
      std::string key = pointer.substr(start, end - start);
      for (size_t i = 0; (i = key.find("~1", i)) != std::string::npos;) key.replace(i, 2, "/");
      for (size_t i = 0; (i = key.find("~0", i)) != std::string::npos;) key.replace(i, 2, "~");
      if (v->is_object()) {
        auto it = v->find(key);
        if (it == v->end()) return nullptr;
        v = &*it;
      } else if (v->is_array()) {
        const size_t index = static_cast<size_t>(std::stoul(key));
        if (index >= v->size()) return nullptr;
        v = &(*v)[index];
      } else {
        return nullptr;
      }
      start = end + 1;
    }
    return v;
  }

  // A mapping at `pointer` whose keys must be among `allowed` and include `required`.
  bool mapping(const std::string& pointer, const std::vector<std::string>& allowed,
               const std::vector<std::string>& required, const std::string& what) {
    const ojson* v = at(pointer);
    if (!v || !v->is_object()) {
      error(pointer, what + " must be a mapping");
      return false;
    }
    for (const auto& kv : v->items()) {
      if (std::find(allowed.begin(), allowed.end(), kv.key()) != allowed.end()) continue;
      diags_.error(doc_.key_position(pointer + "/" + token(kv.key())),
                   "unknown key '" + kv.key() + "' in " + what + core::did_you_mean(kv.key(), allowed),
                   {"allowed here: " + core::join(allowed, ", ")});
      ok_ = false;
    }
    bool all = true;
    for (const std::string& key : required) {
      if (v->contains(key)) continue;
      error(pointer, what + " needs '" + key + "'");
      all = false;
    }
    return all;
  }

  // The string at `pointer` ("" when absent and not required).
  std::string text(const std::string& pointer, bool required = true) {
    const ojson* v = at(pointer);
    if (!v) {
      if (required) error(pointer.substr(0, pointer.rfind('/')), "'" + pointer.substr(pointer.rfind('/') + 1) + "' is missing");
      return "";
    }
    if (!v->is_string()) {
      error(pointer, "'" + pointer.substr(pointer.rfind('/') + 1) + "' must be text");
      return "";
    }
    const std::string s = v->get<std::string>();
    if (required && s.empty()) error(pointer, "'" + pointer.substr(pointer.rfind('/') + 1) + "' must not be empty");
    return s;
  }

  // A list at `pointer` (null when it is not one, after reporting it).
  const ojson* list(const std::string& pointer, const std::string& what) {
    const ojson* v = at(pointer);
    if (!v || !v->is_array() || v->empty()) {
      error(pointer, what + " must be a non-empty list");
      return nullptr;
    }
    return v;
  }

  const model::YamlDocument& doc() const { return doc_; }

 private:
  const model::YamlDocument& doc_;
  diag::Diagnostics& diags_;
  bool ok_ = true;
};

model::Wording wording(Reader& r, const std::string& pointer, const std::string& what) {
  model::Wording w;
  if (!r.mapping(pointer, {"label", "short"}, {"label", "short"}, what)) return w;
  w.label = r.text(pointer + "/label");
  w.short_label = r.text(pointer + "/short");
  return w;
}

void read_synthesis(Reader& r, model::DocumentSpec& spec) {
  if (r.mapping("/levels", kLevels, kLevels, "'levels'")) {
    for (const std::string& id : kLevels) spec.synthesis.levels.push_back({id, wording(r, "/levels/" + id, "level '" + id + "'")});
  }
  spec.synthesis.proof = wording(r, "/proof", "'proof'");
  spec.synthesis.not_a_ranking = r.text("/not_a_ranking");
  const ojson* bands = r.list("/bands", "'bands'");
  if (!bands) return;
  std::set<std::string> ids;
  for (size_t i = 0; i < bands->size(); ++i) {
    const std::string p = "/bands/" + std::to_string(i);
    if (!r.mapping(p, {"id", "label", "text", "when"}, {"id", "label", "text"}, "a band")) continue;
    model::MaturityBand band;
    band.id = r.text(p + "/id");
    if (!band.id.empty() && !core::matches(band.id, core::IdPattern::slug)) r.error(p + "/id", "band ids are lower-case letters, digits and '-'");
    if (!ids.insert(band.id).second) r.error(p + "/id", "duplicate band id '" + band.id + "'");
    band.label = r.text(p + "/label");
    band.text = r.text(p + "/text");
    const bool last = i + 1 == bands->size();
    const ojson* when = r.at(p + "/when");
    if (!when) {
      if (!last) r.error(p, "only the last band may go without 'when': the bands after it would never be reached");
    } else if (last) {
      r.error(p + "/when", "the last band holds in every other case: remove its 'when'");
    } else if (r.mapping(p + "/when", {"measure", "at_least", "suppliers_below"}, {}, "'when'")) {
      if (when->contains("suppliers_below")) {
        const ojson& n = (*when)["suppliers_below"];
        if (!n.is_number_integer() || n.get<long long>() < 1 || n.get<long long>() > 100) {
          r.error(p + "/when/suppliers_below", "'suppliers_below' must be a whole number from 1 to 100");
        } else {
          band.suppliers_below = n.get<int>();
        }
        if (when->contains("measure") || when->contains("at_least")) {
          r.error(p + "/when", "a band tests either 'suppliers_below' or a 'measure' with 'at_least', not both");
        }
      } else {
        band.measure = r.text(p + "/when/measure");
        if (!band.measure.empty() && std::find(kMeasures.begin(), kMeasures.end(), band.measure) == kMeasures.end()) {
          r.error(p + "/when/measure", "unknown measure '" + band.measure + "'" + core::did_you_mean(band.measure, kMeasures),
                  {"measures: " + core::join(kMeasures, ", ") + " (percent of the answers entered)"});
        }
        const ojson* least = r.at(p + "/when/at_least");
        if (!least || !least->is_number() || least->get<double>() < 0 || least->get<double>() > 100) {
          r.error(p + "/when" + (least ? "/at_least" : ""), "'at_least' must be a percentage from 0 to 100");
        } else {
          band.at_least = least->get<double>();
        }
      }
    }
    spec.synthesis.bands.push_back(band);
  }
}

void read_notice(Reader& r, const core::Bank& bank, model::DocumentSpec& spec) {
  std::vector<std::string> field_ids;
  if (const ojson* fields = r.list("/fields", "'fields'")) {
    std::vector<std::string> question_ids;
    for (const core::Question& q : bank.questions) question_ids.push_back(q.id);
    for (size_t i = 0; i < fields->size(); ++i) {
      const std::string p = "/fields/" + std::to_string(i);
      if (!r.mapping(p, {"id", "question", "blank", "choices"}, {"id", "blank"}, "a field")) continue;
      model::NoticeField field;
      field.id = r.text(p + "/id");
      if (!field.id.empty() && !core::is_placeholder_name(field.id)) {
        r.error(p + "/id", "field ids are [a-z][a-z0-9_]*: they are written {id} in the parts");
      }
      if (std::find(field_ids.begin(), field_ids.end(), field.id) != field_ids.end()) {
        r.error(p + "/id", "duplicate field id '" + field.id + "'");
      }
      field_ids.push_back(field.id);
      field.blank = r.text(p + "/blank");
      field.question = r.text(p + "/question", false);
      const core::Question* question = nullptr;
      if (!field.question.empty()) {
        auto it = bank.question_index.find(field.question);
        if (it == bank.question_index.end()) {
          r.error(p + "/question", "'" + field.question + "' is not a question of bank '" + bank.id + "'" +
                                       core::did_you_mean(field.question, question_ids));
        } else {
          question = &bank.questions[static_cast<size_t>(it->second)];
        }
      }
      if (const ojson* choices = r.at(p + "/choices")) {
        if (!question) {
          if (field.question.empty()) r.error(p + "/choices", "'choices' gives a phrase per answer of the field's 'question': name it");
        } else if (!core::answered_by_choice(question->answer)) {
          r.error(p + "/choices", "question '" + question->id + "' is answered in words or numbers, not by a choice: remove 'choices'");
        } else if (!choices->is_object()) {
          r.error(p + "/choices", "'choices' must map each choice id to its phrase");
        } else {
          std::vector<std::string> ids;
          for (const core::Choice& c : question->choices) ids.push_back(c.id);
          for (const auto& kv : choices->items()) {
            const std::string cp = p + "/choices/" + token(kv.key());
            if (std::find(ids.begin(), ids.end(), kv.key()) == ids.end()) {
              r.error(cp, "'" + kv.key() + "' is not a choice of question '" + question->id + "'" +
                                     core::did_you_mean(kv.key(), ids),
                          {"its choices are " + core::join(ids, ", ")});
              continue;
            }
            if (!kv.value().is_string()) {
              r.error(cp, "the phrase for '" + kv.key() + "' must be text (\"\" leaves out what shows the field)");
              continue;
            }
            field.choices.push_back({kv.key(), kv.value().get<std::string>()});
          }
        }
      }
      spec.notice.fields.push_back(field);
    }
  }
  std::set<std::string> used, part_ids;
  if (const ojson* parts = r.list("/parts", "'parts'")) {
    for (size_t i = 0; i < parts->size(); ++i) {
      const std::string p = "/parts/" + std::to_string(i);
      if (!r.mapping(p, {"id", "title", "basis", "note", "body"}, {"id", "title", "basis", "body"}, "a part")) continue;
      model::NoticePart part;
      part.id = r.text(p + "/id");
      if (!part.id.empty() && !core::matches(part.id, core::IdPattern::slug)) r.error(p + "/id", "part ids are lower-case letters, digits and '-'");
      if (!part_ids.insert(part.id).second) r.error(p + "/id", "duplicate part id '" + part.id + "'");
      part.title = r.text(p + "/title");
      part.basis = r.text(p + "/basis");
      part.note = r.text(p + "/note", false);
      part.body = r.text(p + "/body");
      core::for_each_placeholder(part.body, [&](std::string_view view, size_t offset) {
        const std::string name(view);
        used.insert(name);
        if (std::find(field_ids.begin(), field_ids.end(), name) != field_ids.end()) return;
        r.error_at(p + "/body", offset, "'{" + name + "}' names no field" + core::did_you_mean(name, field_ids),
                   {"the fields are declared under 'fields:'"});
      });
      spec.notice.parts.push_back(part);
    }
  }
  for (size_t i = 0; i < spec.notice.fields.size(); ++i) {
    if (!used.count(spec.notice.fields[i].id)) {
      r.error("/fields/" + std::to_string(i) + "/id", "field '" + spec.notice.fields[i].id + "' is shown by no part",
              {"write {" + spec.notice.fields[i].id + "} in a part's body, or remove the field"});
    }
  }
}

}  // namespace

const std::vector<std::string>& document_message_keys(const std::string& kind) {
  static const std::vector<std::string> none;
  auto it = kMessages.find(kind);
  return it == kMessages.end() ? none : it->second;
}

std::vector<model::Tool> check_documents(const model::Site& site, const std::vector<model::Tool>& tools,
                                         diag::Diagnostics& diags) {
  std::vector<model::Tool> out;
  std::map<std::string, std::string> seen;  // id → file
  for (const model::Tool& t : tools) seen[t.id] = "the bank " + t.id;
  for (const model::DocumentSource& source : site.documents) {
    Reader r(source, diags);
    if (!r.mapping("", {"id", "kind", "from", "title", "description", "order", "intro", "not_a_ranking", "levels",
                        "proof", "bands", "fields", "parts", "messages"},
                   {"id", "kind", "from", "title", "messages"}, "a document")) {
      continue;
    }
    const std::string id = r.text("/id");
    if (!id.empty() && !core::matches(id, core::IdPattern::slug)) {
      r.error("/id", "document id must be lower-case letters, digits and '-'", {"it names the page: outils/<id>.html"});
    } else if (seen.count(id)) {
      r.error("/id", "id '" + id + "' is already taken by " + seen[id], {"tools and documents share the outils/ folder"});
    }
    seen[id] = source.file;
    const std::string kind = r.text("/kind");
    if (!kMessages.count(kind)) {
      r.error("/kind", "unknown document kind '" + kind + "'" + core::did_you_mean(kind, {"synthesis", "notice"}),
              {"synthesis: suppliers' answers to a questionnaire; notice: a draft from a checklist's or grid's answers"});
      continue;
    }
    model::DocumentSpec spec;
    spec.from = r.text("/from");
    const model::Tool* base = nullptr;
    for (const model::Tool& t : tools) {
      if (t.id == spec.from && t.source) base = &t;
    }
    if (!base) {
      bool exists = false;
      std::vector<std::string> ids;
      for (const model::Bank& b : site.banks) {
        exists = exists || b.id == spec.from;
        ids.push_back(b.id);
      }
      if (!exists && !spec.from.empty()) r.error("/from", "no bank '" + spec.from + "'" + core::did_you_mean(spec.from, ids));
      continue;  // a bank that did not compile has its own errors
    }
    const std::string& base_kind = base->bank.kind;
    if (kind == "synthesis" && base_kind != "questionnaire") {
      r.error("/from", "a synthesis compares answers to a questionnaire; '" + spec.from + "' is a " + base_kind);
    }
    if (kind == "notice" && base_kind != "checklist" && base_kind != "grid") {
      r.error("/from", "a notice is drafted from a checklist's or grid's answers; '" + spec.from + "' is a " + base_kind);
    }
    model::Tool tool;
    tool.id = id;
    tool.title = r.text("/title");
    tool.description = r.text("/description", false);
    spec.intro = r.text("/intro", false);
    if (const ojson* order = r.at("/order")) {
      if (order->is_number_integer()) tool.order = order->get<int>();
      else r.error("/order", "'order' must be a whole number");
    }
    // Keys of the other kind are mistakes: said once each.
    const std::vector<std::string> own = kind == "synthesis"
        ? std::vector<std::string>{"not_a_ranking", "levels", "proof", "bands"}
        : std::vector<std::string>{"fields", "parts"};
    for (const char* key : {"not_a_ranking", "levels", "proof", "bands", "fields", "parts"}) {
      if (r.at(std::string("/") + key) && std::find(own.begin(), own.end(), key) == own.end()) {
        r.error(std::string("/") + key, "'" + std::string(key) + "' is not a key of a " + kind);
      }
    }
    if (kind == "synthesis") read_synthesis(r, spec);
    else read_notice(r, base->bank, spec);
    const std::vector<std::string>& wanted = kMessages.at(kind);
    if (r.mapping("/messages", wanted, wanted, "'messages'")) {
      for (const std::string& key : wanted) {
        const std::string m = r.text("/messages/" + key);
        spec.messages[key] = m;
      }
    }
    if (!r.ok()) continue;
    tool.kind = kind == "synthesis" ? model::ToolKind::synthesis : model::ToolKind::notice;
    tool.kind_name = kind;
    tool.url = "outils/" + id + ".html";
    tool.bank = base->bank;  // the bank's one compiled model, which the document reads
    tool.document = std::move(spec);
    out.push_back(std::move(tool));
  }
  return out;
}

}  // namespace check
