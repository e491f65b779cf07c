#include "core/bank_clauses.h"

#include <algorithm>
#include <map>

#include "core/join.h"
#include "core/placeholders.h"
#include "core/suggest.h"

namespace core {

namespace {

class ClauseChecker {
 public:
  ClauseChecker(const ojson& root, Bank& bank, Issues& issues) : root_(root), bank_(bank), issues_(issues) {}

  // A questionnaire bank's optional parameters and the cover letter that names them.
  void run_letter() {
    Fields top(root_, "", "bank", issues_);
    read_parameters(top);
    const ojson* letter = top.find("letter");
    if (!letter) return;
    Fields f(*letter, top.at("letter"), "letter", issues_);
    if (!f.is_object()) return;
    f.allow({"title", "body"});
    f.require({"title", "body"});
    bank_.has_letter = true;
    if (f.find("title")) check_parameters(bank_.letter_title = f.text("title"), f.at("title"));
    if (f.find("body")) check_parameters(bank_.letter_body = f.text("body"), f.at("body"));
  }

  void run_profiles() {
    Fields top(root_, "", "bank", issues_);
    read_labelled_list(top, "profiles", "profile", bank_.profiles);
  }

  void run() {
    Fields top(root_, "", "bank", issues_);
    top.require({"profiles", "documents", "parameters"});
    profiles_ = read_labelled_list(top, "profiles", "profile", bank_.profiles);
    documents_ = read_labelled_list(top, "documents", "document", bank_.documents);
    read_parameters(top);
    if (const ojson* sections = top.array("sections")) {
      if (sections->empty()) top.issue(top.at("sections"), "a bank needs at least one section");
      for (size_t i = 0; i < sections->size(); ++i)
        read_section((*sections)[i], child_pointer(top.at("sections"), i));
    }
  }

 private:
  const ojson& root_;
  Bank& bank_;
  Issues& issues_;
  std::vector<std::string> profiles_, documents_, parameters_;
  std::vector<std::string> removable_;  // number parameters whose 0 removes what shows them
  std::map<std::string, std::string> section_ids_, clause_ids_;

  void issue(const std::string& pointer, std::string message, long offset = -1,
             std::string related = "") {
    Issue i;
    i.pointer = pointer;
    i.message = std::move(message);
    i.offset = offset;
    i.related = std::move(related);
    issues_.push_back(std::move(i));
  }

  // True the first time `id` is seen; a repeat is reported.
  bool unique(std::map<std::string, std::string>& seen, const std::string& id,
              const std::string& pointer, const std::string& what) {
    if (id.empty()) return false;
    auto [it, fresh] = seen.emplace(id, pointer);
    if (!fresh) issue(pointer, "duplicate " + what + " id '" + id + "'", -1, it->second);
    return fresh;
  }

  std::vector<std::string> read_labelled_list(Fields& top, const std::string& key,
                                              const std::string& what, std::vector<Labelled>& out) {
    std::vector<std::string> ids;
    const ojson* list = top.array(key);
    if (!list) return ids;
    std::map<std::string, std::string> seen;
    for (size_t i = 0; i < list->size(); ++i) {
      Fields f((*list)[i], child_pointer(top.at(key), i), what, issues_);
      if (!f.is_object()) continue;
      // A document may name the word before its items' numbers ("Annexe"; "Article" by default).
      if (what == "document") f.allow({"id", "label", "item"});
      else f.allow({"id", "label"});
      f.require({"id", "label"});
      std::string id = f.id("id", IdPattern::choice);
      out.push_back({id, f.text("label"), f.text("item")});
      if (unique(seen, id, f.at("id"), what)) ids.push_back(id);
    }
    return ids;
  }

  void read_parameters(Fields& top) {
    const ojson* list = top.array("parameters");
    if (!list) return;
    std::map<std::string, std::string> seen;
    for (size_t i = 0; i < list->size(); ++i) {
      Fields f((*list)[i], child_pointer(top.at("parameters"), i), "parameter", issues_);
      if (!f.is_object()) continue;
      f.allow({"id", "label", "type", "default", "unit", "min", "max", "help", "zero_removes"});
      f.require({"id", "label", "type", "default"});
      Parameter parameter;
      std::string id = parameter.id = f.id("id", IdPattern::name);
      if (unique(seen, id, f.at("id"), "parameter")) parameters_.push_back(id);
      parameter.label = f.text("label");
      parameter.unit = f.text("unit");
      parameter.help = f.text("help");
      std::string type = parameter.type = f.text("type");
      const ojson* def = f.find("default");
      if (def) parameter.default_value = *def;
      double min = 0, max = 0;
      bool has_min = f.number("min", min), has_max = f.number("max", max);
      if (has_min) parameter.min_number = *f.find("min");
      if (has_max) parameter.max_number = *f.find("max");
      f.boolean("zero_removes", parameter.zero_removes);
      if (parameter.zero_removes && type == "number") removable_.push_back(id);
      bank_.parameters.push_back(std::move(parameter));
      if (type == "text") {
        if (def && !def->is_string()) issue(f.at("default"), "the default of a text parameter must be text");
        if (has_min || has_max || f.find("unit") || f.find("zero_removes"))
          issue(f.pointer(), "only number parameters take 'min', 'max', 'unit' and 'zero_removes'");
      } else if (type == "number") {
        if (def && !def->is_number()) {
          issue(f.at("default"), "the default of a number parameter must be a number");
        } else if (def) {
          double d = def->get<double>();
          if ((has_min && d < min) || (has_max && d > max))
            issue(f.at("default"), "the default is outside 'min'..'max'");
        }
        if (has_min && has_max && min > max) issue(f.at("max"), "'max' is below 'min'");
      } else if (f.find("type") && f.find("type")->is_string()) {
        issue(f.at("type"), "unknown parameter type '" + type + "'" +
                                did_you_mean(type, {"text", "number"}) + "; types are text, number");
      }
    }
  }

  // What a section and a clause begin with: `allowed` members with the `required` ones, an id
  // unique among its kind (`ids`), a title and a public ref. Not a template: the WebAssembly core
  // would carry one copy per kind.
  void read_head(Fields& f, const std::vector<std::string>& allowed, const std::vector<std::string>& required,
                 IdPattern pattern, std::map<std::string, std::string>& ids, const char* what, std::string& id,
                 std::string& title, std::string& public_ref) {
    f.allow(allowed);
    f.require(required);
    id = f.id("id", pattern);
    unique(ids, id, f.at("id"), what);
    title = f.text("title");
    public_ref = f.text("ref");
  }

  void read_section(const ojson& value, const std::string& pointer) {
    Fields f(value, pointer, "section", issues_);
    if (!f.is_object()) return;
    Section& section = bank_.sections.emplace_back();
    read_head(f, {"id", "document", "title", "intro", "clauses", "ref"}, {"id", "document", "title", "clauses"},
              IdPattern::section, section_ids_, "section", section.id, section.title, section.public_ref);
    section.intro = f.text("intro");
    std::string document = section.document = f.text("document");
    if (f.find("document") && f.find("document")->is_string() &&
        std::find(documents_.begin(), documents_.end(), document) == documents_.end())
      issue(f.at("document"), "unknown document '" + document + "'" +
                                  did_you_mean(document, documents_) + "; documents are " +
                                  id_list(documents_));
    if (const ojson* clauses = f.array("clauses")) {
      if (clauses->empty()) issue(f.at("clauses"), "a section needs at least one clause");
      for (size_t i = 0; i < clauses->size(); ++i)
        read_clause((*clauses)[i], child_pointer(f.at("clauses"), i), section);
    }
  }

  static std::string id_list(const std::vector<std::string>& ids) { return ids.empty() ? "(none)" : join(ids, ", "); }

  void read_clause(const ojson& value, const std::string& pointer, Section& section) {
    Fields f(value, pointer, "clause", issues_);
    if (!f.is_object()) return;
    Clause& clause = section.clauses.emplace_back();
    read_head(f, {"id", "title", "profiles", "requires", "body", "deliverables", "buyer_note", "source", "ref"},
              {"id", "title", "profiles", "body"}, IdPattern::choice, clause_ids_, "clause", clause.id, clause.title,
              clause.public_ref);
    clause.buyer_note = f.text("buyer_note");
    if (const ojson* profiles = f.array("profiles")) {
      if (profiles->empty()) issue(f.at("profiles"), "a clause applies to at least one profile");
      for (size_t i = 0; i < profiles->size(); ++i) {
        const ojson& p = (*profiles)[i];
        std::string id = p.is_string() ? p.get<std::string>() : "";
        if (std::find(profiles_.begin(), profiles_.end(), id) == profiles_.end())
          issue(child_pointer(f.at("profiles"), i), "unknown profile '" + id + "'" +
                                                        did_you_mean(id, profiles_) +
                                                        "; profiles are " + id_list(profiles_));
        else
          clause.profiles.push_back(id);
      }
    }
    // A clause that `requires` a parameter leaves the annex when the buyer sets it to 0.
    if (const ojson* requires = f.array("requires"))
      for (size_t i = 0; i < requires->size(); ++i) {
        const ojson& r = (*requires)[i];
        std::string id = r.is_string() ? r.get<std::string>() : "";
        if (std::find(removable_.begin(), removable_.end(), id) == removable_.end())
          issue(child_pointer(f.at("requires"), i),
                "'requires' names a number parameter with 'zero_removes: true'; '" + id + "' is not one" +
                    did_you_mean(id, removable_) + "; such parameters are " + id_list(removable_));
        else
          clause.requires.push_back(id);
      }
    if (f.find("body")) {
      clause.body = f.text("body");
      check_parameters(clause.body, f.at("body"));
    }
    if (const ojson* deliverables = f.array("deliverables"))
      for (size_t i = 0; i < deliverables->size(); ++i) {
        const ojson& d = (*deliverables)[i];
        std::string at = child_pointer(f.at("deliverables"), i);
        if (!d.is_string()) {
          issue(at, "a deliverable must be text");
        } else {
          clause.deliverables.push_back(d.get<std::string>());
          check_parameters(clause.deliverables.back(), at);
        }
      }
    clause.source_ref = check_source(f, issues_);
  }

  // Every `{name}` must be a parameter. Braces around anything else are left as written.
  void check_parameters(const std::string& text, const std::string& pointer) {
    for_each_placeholder(text, [&](std::string_view view, size_t offset) {
      const std::string name(view);
      if (std::find(parameters_.begin(), parameters_.end(), name) == parameters_.end())
        issue(pointer, "unknown parameter '{" + name + "}'" + did_you_mean(name, parameters_) +
                           "; parameters are " + id_list(parameters_),
              static_cast<long>(offset));
    });
  }
};

}  // namespace

void check_clauses(const ojson& root, Bank& bank, Issues& issues) { ClauseChecker(root, bank, issues).run(); }

void check_letter(const ojson& root, Bank& bank, Issues& issues) { ClauseChecker(root, bank, issues).run_letter(); }

void read_questionnaire_profiles(const ojson& root, Bank& bank, Issues& issues) {
  ClauseChecker(root, bank, issues).run_profiles();
}

}  // namespace core
