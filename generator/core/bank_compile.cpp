#include <algorithm>
#include <map>

#include "core/bank_clauses.h"
#include "core/bank_expressions.h"
#include "core/bank_fields.h"
#include "core/bank_model.h"
#include "core/bank_verdicts.h"
#include "core/bank_visibility.h"
#include "core/join.h"
#include "core/question_types.h"
#include "core/suggest.h"

namespace core {

namespace {

const std::vector<std::string> kKinds = {"checklist", "grid", "questionnaire", "clauses"};
const std::vector<std::string> kAudiences = {"acheteur", "chef-de-projet", "dsi", "referent-nr"};
// Words of the expression language: a question named so could not be referred to.
const std::vector<std::string> kReserved = {
    "and", "or", "not", "in", "true", "false", "null", "score", "max_score", "red_lines",
    "answered", "missing", "count", "score_of", "section", "section_max", "open"};
const std::vector<std::string> kNumberKeys = {"unit", "min", "max", "step", "score_rules",
                                              "max_score"};

template <typename T>
bool contains(const std::vector<T>& v, const T& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

std::vector<std::string> operator+(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// An expression found while reading, compiled once every question is known.
struct Pending {
  enum What { show_if, red_line, recommendation, score_rule, verdict, section_show_if, requirement } what;
  const ojson* value;
  std::string pointer;
  int question;  // -1 for verdicts and sections
  size_t index;  // recommendation, rule, verdict or section index; gate index for requirements
  size_t sub = 0;  // requirement index within its gate
};

class Compiler {
 public:
  explicit Compiler(const ojson& root) : root_(root) {}

  CompiledBank run() {
    Fields top(root_, "", "bank", issues_);
    if (!top.is_object()) return finish();
    read_top(top);
    if (bank_.kind == "clauses") {
      check_clauses(root_, bank_, issues_);
      return finish();
    }
    // A questionnaire's supplier profiles first: its sections name them.
    if (questionnaire()) read_questionnaire_profiles(root_, bank_, issues_);
    if (const ojson* sections = top.array("sections")) {
      if (sections->empty()) top.issue(top.at("sections"), "a bank needs at least one section");
      for (size_t i = 0; i < sections->size(); ++i)
        read_section((*sections)[i], child_pointer(top.at("sections"), i));
    }
    read_gates(top);
    if (questionnaire()) check_letter(root_, bank_, issues_);
    read_verdicts(top);
    compile_expressions();
    // Cycles are looked for even when the bank has other errors, so that one run reports them
    // all: the graph only holds show_if expressions that compiled, whose questions all exist.
    VisibilityGraph graph = build_visibility_graph(bank_, show_if_reads_);
    bank_.visibility_order = graph.order;
    for (Issue& i : graph.issues) issues_.push_back(std::move(i));
    return finish();
  }

 private:
  const ojson& root_;
  Issues issues_;
  Bank bank_;
  std::vector<Pending> pending_;
  std::map<std::string, std::string> question_pointers_;  // id → where first defined
  std::map<std::string, std::string> section_pointers_;
  std::vector<ShowIfReads> show_if_reads_;
  std::vector<std::string> question_pointer_of_;  // per question index
  std::vector<std::string> verdict_pointers_;

  bool questionnaire() const { return bank_.kind == "questionnaire"; }

  CompiledBank finish() {
    CompiledBank out;
    out.bank = std::move(bank_);
    out.issues = std::move(issues_);
    return out;
  }

  void issue(const std::string& pointer, std::string message, std::string related = "") {
    Issue i;
    i.pointer = pointer;
    i.message = std::move(message);
    i.related = std::move(related);
    issues_.push_back(std::move(i));
  }

  void read_top(Fields& top) {
    const std::vector<std::string> common = {"id",       "version", "kind",  "title",
                                             "description", "intro", "audience", "order", "start"};
    const std::vector<std::string> scored = {"sections", "verdicts", "gates", "scoring",
                                             "advice_scope"};
    const std::vector<std::string> clauses = {"profiles", "documents", "parameters", "sections"};
    // Kind first: it decides which keys are allowed.
    std::string kind = top.text("kind");
    if (top.find("kind") && !kind.empty() && !contains(kKinds, kind)) {
      issue(top.at("kind"), "unknown bank kind '" + kind + "'" + did_you_mean(kind, kKinds) +
                                "; kinds are checklist, grid, questionnaire, clauses");
      kind.clear();
    }
    bank_.kind = kind;
    if (kind == "clauses")
      top.allow(common + clauses, {"verdicts", "gates", "scoring", "advice_scope"},
                "clauses banks have no verdicts");
    else if (kind == "questionnaire")
      top.allow(common + scored + std::vector<std::string>{"parameters", "letter", "profiles"}, {"documents"},
                "only clauses banks take it");
    else
      top.allow(common + scored, {"profiles", "documents", "parameters", "letter"},
                "only clauses banks (and questionnaires, for profiles, parameters and letter) take it");
    if (kind != "clauses") read_scoring(top);
    top.require({"id", "version", "kind", "title", "sections"});
    bank_.id = top.id("id", IdPattern::slug);
    if (top.integer("version", bank_.version) && bank_.version < 1)
      issue(top.at("version"), "'version' starts at 1");
    bank_.title = top.text("title");
    bank_.description = top.text("description");
    bank_.intro = top.text("intro");
    if (const ojson* start = top.find("start")) {
      Fields f(*start, top.at("start"), "start", issues_);
      if (f.is_object()) {
        f.allow({"duration", "prepare"});
        f.require({"duration", "prepare"});
        bank_.start_duration = f.text("duration");
        bank_.start_prepare = f.text("prepare");
      }
    }
    double order;
    // Any number is accepted; only a whole one places the tool (others keep the default).
    if (top.number("order", order) && top.find("order")->is_number_integer())
      bank_.order = top.find("order")->get<int>();
    if (const ojson* audience = top.array("audience")) {
      for (size_t i = 0; i < audience->size(); ++i) {
        const ojson& a = (*audience)[i];
        std::string name = a.is_string() ? a.get<std::string>() : "";
        if (!contains(kAudiences, name))
          issue(child_pointer(top.at("audience"), i),
                "unknown audience '" + (a.is_string() ? name : std::string(json_type_name(a))) +
                    "'" + did_you_mean(name, kAudiences) +
                    "; audiences are acheteur, chef-de-projet, dsi, referent-nr");
      }
    }
  }

  void read_scoring(Fields& top) {
    std::string scoring = top.text("scoring");
    if (scoring == "normalised") bank_.scoring = Scoring::normalised;
    else if (top.find("scoring") && top.find("scoring")->is_string() && scoring != "points")
      issue(top.at("scoring"), "unknown scoring '" + scoring + "'" +
                                   did_you_mean(scoring, {"points", "normalised"}) +
                                   "; it is points (the default) or normalised");
    if (const ojson* scope = top.find("advice_scope")) {
      Fields f(*scope, top.at("advice_scope"), "advice_scope", issues_);
      if (f.is_object()) {
        f.allow({"rests_on", "not_covered"});
        f.require({"rests_on", "not_covered"});
        bank_.rests_on = f.text("rests_on");
        bank_.not_covered = f.text("not_covered");
      }
    }
  }

  // Gates come after the questions they name, and before the verdicts that read them.
  void read_gates(Fields& top) {
    const ojson* gates = top.array("gates");
    if (!gates) return;
    std::map<std::string, std::string> seen;
    for (size_t g = 0; g < gates->size(); ++g) {
      std::string at = child_pointer(top.at("gates"), g);
      Fields f((*gates)[g], at, "gate", issues_);
      Gate gate;
      if (f.is_object()) {
        f.allow({"id", "label", "require"});
        f.require({"id", "label", "require"});
        gate.id = f.id("id", IdPattern::section);
        gate.label = f.text("label");
        if (!gate.id.empty()) {
          auto [it, fresh] = seen.emplace(gate.id, f.at("id"));
          if (!fresh) issue(f.at("id"), "duplicate gate id '" + gate.id + "'", it->second);
        }
        if (const ojson* reqs = f.array("require")) {
          if (reqs->empty()) issue(f.at("require"), "a gate needs at least one requirement");
          for (size_t r = 0; r < reqs->size(); ++r) {
            std::string rat = child_pointer(f.at("require"), r);
            Fields rf((*reqs)[r], rat, "requirement", issues_);
            Requirement req;
            if (rf.is_object()) {
              rf.allow({"question", "when"});
              rf.require({"question", "when"});
              std::string q = rf.text("question");
              auto found = bank_.question_index.find(q);
              if (found != bank_.question_index.end()) req.question = found->second;
              else if (rf.find("question") && rf.find("question")->is_string())
                issue(rf.at("question"), "unknown question '" + q + "'" + did_you_mean(q, question_ids()));
              if (const ojson* when = rf.find("when"))
                pending_.push_back({Pending::requirement, when, rf.at("when"), -1,
                                    bank_.gates.size(), gate.requirements.size()});
            }
            gate.requirements.push_back(req);
          }
        }
      }
      bank_.gates.push_back(std::move(gate));
    }
  }

  std::vector<std::string> question_ids() const {
    std::vector<std::string> ids;
    for (const Question& q : bank_.questions) ids.push_back(q.id);
    return ids;
  }

  void read_section(const ojson& value, const std::string& pointer) {
    Fields f(value, pointer, "section", issues_);
    if (!f.is_object()) return;
    // "ref": the public id the generator writes in from its ledger (load/public_ids.h).
    const std::vector<std::string> allowed = {"id", "title", "intro", "weight", "guide", "show_if",
                                              "questions", "ref"};
    const std::vector<std::string> sourcing = {"profiles", "theme"};
    if (questionnaire()) f.allow(allowed + sourcing);
    else f.allow(allowed, sourcing, "only questionnaire sections take it");
    f.require({"id", "title", "questions"});
    Section section;
    section.id = f.id("id", IdPattern::section);
    if (!section.id.empty()) {
      auto [it, fresh] = section_pointers_.emplace(section.id, f.at("id"));
      if (!fresh) issue(f.at("id"), "duplicate section id '" + section.id + "'", it->second);
    }
    section.title = f.text("title");
    section.public_ref = f.text("ref");
    section.intro = f.text("intro");
    section.guide = f.text("guide");
    section.theme = f.text("theme");
    if (f.number("weight", section.weight) && section.weight < 0)
      issue(f.at("weight"), "a section's weight cannot be negative");
    if (const ojson* profiles = questionnaire() ? f.array("profiles") : nullptr)
      for (size_t i = 0; i < profiles->size(); ++i) {
        const ojson& p = (*profiles)[i];
        std::string name = p.is_string() ? p.get<std::string>() : "";
        std::vector<std::string> declared;
        for (const Labelled& l : bank_.profiles) declared.push_back(l.id);
        if (declared.empty())
          issue(child_pointer(f.at("profiles"), i),
                "supplier profile '" + name + "' but the bank has no 'profiles' list of {id, label}");
        else if (!contains(declared, name))
          issue(child_pointer(f.at("profiles"), i),
                "unknown supplier profile '" + name + "'" + did_you_mean(name, declared) + "; the bank's profiles are " +
                    join(declared, ", "));
        else
          section.profiles.push_back(name);
      }
    int section_index = static_cast<int>(bank_.sections.size());
    if (const ojson* show_if = f.find("show_if"))
      pending_.push_back({Pending::section_show_if, show_if, f.at("show_if"), -1,
                          static_cast<size_t>(section_index)});
    bank_.sections.push_back(section);
    if (const ojson* questions = f.array("questions")) {
      if (questions->empty()) issue(f.at("questions"), "a section needs at least one question");
      for (size_t i = 0; i < questions->size(); ++i)
        read_question((*questions)[i], child_pointer(f.at("questions"), i), section_index);
    }
  }

  void read_question(const ojson& value, const std::string& pointer, int section) {
    Fields f(value, pointer, "question", issues_);
    if (!f.is_object()) return;
    const std::vector<std::string> allowed = {
        "id",        "text",     "help",  "type", "choices", "show_if", "red_line",
        "recommendations", "guide", "source", "required", "unit", "min", "max", "step",
        "score_rules", "max_score", "ref"};
    const std::vector<std::string> sourcing = {"expected", "proof"};
    if (questionnaire()) f.allow(allowed + sourcing);
    else f.allow(allowed, sourcing, "only questionnaire questions take it");
    f.require({"id", "text", "type"});

    Question q;
    q.section = section;
    q.id = f.id("id", IdPattern::name);
    if (contains(kReserved, q.id)) {
      issue(f.at("id"), "'" + q.id + "' is a word of the expression language and cannot be a "
                        "question id");
    }
    q.text = f.text("text");
    q.help = f.text("help");
    q.guide = f.text("guide");
    q.expected = f.text("expected");
    q.proof = f.text("proof");
    f.boolean("required", q.required);
    q.source_ref = check_source(f, issues_);
    q.public_ref = f.text("ref");

    q.type = f.text("type");
    const QuestionTypeInfo* type = find_question_type(q.type);
    if (type) {
      q.answer = type->answer;
    } else if (f.find("type") && f.find("type")->is_string()) {
      const std::vector<std::string> names = question_type_names(
          {AnswerShape::one_choice, AnswerShape::several_choices, AnswerShape::number, AnswerShape::text});
      issue(f.at("type"), "unknown question type '" + q.type + "'" + did_you_mean(q.type, names) +
                              "; types are " + join(names, ", "));
    }

    int index = static_cast<int>(bank_.questions.size());
    if (!q.id.empty()) {
      auto [it, fresh] = question_pointers_.emplace(q.id, f.at("id"));
      if (!fresh) issue(f.at("id"), "duplicate question id '" + q.id + "'", it->second);
      else bank_.question_index[q.id] = index;
    }

    if (type) {
      read_choices(f, q, *type);
      read_number_settings(f, q);
    }
    compute_max_score(q);

    if (const ojson* show_if = f.find("show_if")) {
      pending_.push_back({Pending::show_if, show_if, f.at("show_if"), index, 0});
      if (show_if->is_string()) q.show_if_source = show_if->get<std::string>();
    }
    if (const ojson* red_line = f.find("red_line")) {
      Fields r(*red_line, f.at("red_line"), "red_line", issues_);
      r.allow({"when", "message"});
      r.require({"when", "message"});
      q.red_line_message = r.text("message");
      q.has_red_line = r.is_object();
      if (const ojson* when = r.find("when"))
        pending_.push_back({Pending::red_line, when, r.at("when"), index, 0});
    }
    if (const ojson* recs = f.array("recommendations")) {
      for (size_t i = 0; i < recs->size(); ++i) {
        Fields r((*recs)[i], child_pointer(f.at("recommendations"), i), "recommendation", issues_);
        r.allow({"when", "text", "link"});
        r.require({"when", "text"});
        Recommendation rec;
        rec.text = r.text("text");
        rec.link = r.text("link");
        q.recommendations.push_back(rec);
        if (const ojson* when = r.find("when"))
          pending_.push_back({Pending::recommendation, when, r.at("when"), index, i});
      }
    }
    bank_.questions.push_back(std::move(q));
    bank_.sections[static_cast<size_t>(section)].questions.push_back(index);
    question_pointer_of_.push_back(pointer);
  }

  void read_choices(Fields& f, Question& q, const QuestionTypeInfo& type) {
    const ojson* choices = f.array("choices");
    if (f.find("choices") && !answered_by_choice(q.answer)) {
      Issue i;
      i.pointer = f.at("choices");
      i.at_key = true;
      i.message = "only " +
                  join(question_type_names({AnswerShape::one_choice, AnswerShape::several_choices}), ", ", " and ") +
                  " questions take 'choices'";
      issues_.push_back(std::move(i));
      return;
    }
    if (!answered_by_choice(q.answer)) return;
    if (!choices) {
      if (!type.default_choices.empty()) {
        q.choices = default_choices(type);
      } else if (!f.find("choices")) {
        issue(f.pointer(), "a " + q.type + " question needs 'choices'");
      }
      return;
    }
    if (choices->empty()) {
      issue(f.at("choices"), "'choices' cannot be empty");
      return;
    }
    std::map<std::string, std::string> seen;
    std::vector<std::string> unscored;
    for (size_t i = 0; i < choices->size(); ++i) {
      std::string at = child_pointer(f.at("choices"), i);
      Fields c((*choices)[i], at, "choice", issues_);
      if (!c.is_object()) continue;
      c.allow({"id", "label", "score"});
      c.require({"id", "label"});
      Choice choice;
      choice.id = c.id("id", IdPattern::choice);
      choice.label = c.text("label");
      choice.has_score = c.number("score", choice.score);
      if (!choice.id.empty()) {
        auto [it, fresh] = seen.emplace(choice.id, c.at("id"));
        if (!fresh) issue(c.at("id"), "duplicate choice id '" + choice.id + "' in question '" + q.id + "'",
                          it->second);
      }
      if (choice.has_score) q.scored = true;
      else unscored.push_back(at);
      q.choices.push_back(choice);
    }
    if (q.scored) {
      for (size_t i = 0; i < q.choices.size(); ++i)
        if (!q.choices[i].has_score)
          issue(child_pointer(f.at("choices"), i),
                "choice '" + q.choices[i].id + "' of question '" + q.id +
                    "' has no score, but other choices do: every choice of a scored question "
                    "needs a score");
    }
    if (type.only_default_choices && !same_choice_ids(q.choices, default_choices(type))) {
      std::vector<std::string> ids;
      for (const DefaultChoice& c : type.default_choices) ids.push_back("'" + std::string(c.id) + "'");
      issue(f.at("choices"), "a " + q.type + " question's choices are " + join(ids, ", ", " and ") +
                                 "; use type: choice for other answers");
    }
  }

  // The same ids, in any order.
  static bool same_choice_ids(const std::vector<Choice>& a, const std::vector<Choice>& b) {
    auto within = [](const std::vector<Choice>& x, const std::vector<Choice>& y) {
      for (const Choice& c : x)
        if (std::none_of(y.begin(), y.end(), [&](const Choice& d) { return d.id == c.id; })) return false;
      return true;
    };
    return a.size() == b.size() && within(a, b) && within(b, a);
  }

  void read_number_settings(Fields& f, Question& q) {
    if (q.answer != AnswerShape::number) {
      for (const auto& key : kNumberKeys)
        if (f.find(key)) {
          Issue i;
          i.pointer = f.at(key);
          i.at_key = true;
          i.message = "only " + join(question_type_names({AnswerShape::number}), ", ", " and ") + " questions take '" + key + "'";
          issues_.push_back(std::move(i));
        }
      return;
    }
    q.unit = f.text("unit");
    q.has_min = f.number("min", q.min);
    q.has_max = f.number("max", q.max);
    if (q.has_min) q.min_number = *f.find("min");
    if (q.has_max) q.max_number = *f.find("max");
    if (q.has_min && q.has_max && q.min > q.max)
      issue(f.at("max"), "'max' is below 'min'");
    double step;
    if (f.number("step", step)) {
      q.step_number = *f.find("step");
      if (step <= 0) issue(f.at("step"), "'step' must be positive");
    }
    double max_score;
    bool has_max_score = f.number("max_score", max_score);
    if (const ojson* rules = f.array("score_rules")) {
      if (rules->empty()) issue(f.at("score_rules"), "'score_rules' cannot be empty");
      bool fallback_seen = false;
      for (size_t i = 0; i < rules->size(); ++i) {
        std::string at = child_pointer(f.at("score_rules"), i);
        Fields r((*rules)[i], at, "score rule", issues_);
        if (!r.is_object()) continue;
        r.allow({"when", "score"});
        r.require({"score"});
        ScoreRule rule;
        r.number("score", rule.score);
        if (fallback_seen)
          issue(at, "unreachable score rule: the rule above without 'when' always applies first");
        if (const ojson* when = r.find("when"))
          pending_.push_back({Pending::score_rule, when, r.at("when"),
                              static_cast<int>(bank_.questions.size()), i});
        else
          fallback_seen = true;
        q.score_rules.push_back(rule);
      }
      q.scored = true;
    } else if (has_max_score) {
      issue(f.at("max_score"), "'max_score' needs 'score_rules'");
    }
    if (has_max_score) {
      if (max_score < 0) issue(f.at("max_score"), "'max_score' cannot be negative");
      q.max_score = max_score;
    }
  }

  static void compute_max_score(Question& q) {
    if (!q.scored || q.answer == AnswerShape::number) {
      if (q.answer == AnswerShape::number && q.max_score == 0)
        for (const ScoreRule& r : q.score_rules) q.max_score = std::max(q.max_score, r.score);
      return;
    }
    double best = 0;
    for (const Choice& c : q.choices) {
      if (q.answer == AnswerShape::several_choices) best += std::max(0.0, c.score);
      else best = std::max(best, c.score);
    }
    q.max_score = best;
  }

  void read_verdicts(Fields& top) {
    const ojson* verdicts = top.array("verdicts");
    if (!verdicts) {
      if (!top.find("verdicts") && !questionnaire() && !bank_.kind.empty())
        top.issue("", "bank is missing the required key 'verdicts'");
      return;
    }
    if (verdicts->empty()) {
      top.issue(top.at("verdicts"), "'verdicts' needs at least the fallback verdict (without 'when')");
      return;
    }
    std::map<std::string, std::string> levels;
    for (size_t i = 0; i < verdicts->size(); ++i) {
      std::string at = child_pointer(top.at("verdicts"), i);
      verdict_pointers_.push_back(at);
      Fields v((*verdicts)[i], at, "verdict", issues_);
      Verdict verdict;
      if (v.is_object()) {
        v.allow({"when", "level", "label", "text", "explain", "carry"});
        v.require({"level", "label", "text"});
        verdict.level = v.id("level", IdPattern::slug);
        verdict.label = v.text("label");
        verdict.text = v.text("text");
        verdict.explain = v.text("explain");
        if (const ojson* carry = v.find("carry")) read_carry(*carry, v.at("carry"), verdict);
        if (!verdict.level.empty()) {
          auto [it, fresh] = levels.emplace(verdict.level, v.at("level"));
          if (!fresh) issue(v.at("level"), "duplicate verdict level '" + verdict.level + "'", it->second);
        }
        if (const ojson* when = v.find("when")) {
          pending_.push_back({Pending::verdict, when, v.at("when"), -1, i});
          if (when->is_string()) verdict.condition.source = when->get<std::string>();
        }
      }
      bank_.verdicts.push_back(verdict);
    }
  }

  // The answers an advice carries into another tool (its page links there with them). Their
  // validity against that tool's bank is checked by the site build, which knows every bank.
  void read_carry(const ojson& value, const std::string& pointer, Verdict& verdict) {
    Fields c(value, pointer, "carry", issues_);
    if (!c.is_object()) return;
    c.allow({"bank", "answers", "label"});
    c.require({"bank", "answers", "label"});
    verdict.carry_bank = c.id("bank", IdPattern::slug);
    verdict.carry_label = c.text("label");
    if (const ojson* answers = c.find("answers")) {
      if (!answers->is_object() || answers->empty())
        issue(c.at("answers"), "'answers' must map question ids to answers, e.g. {ria_categorie: haut_risque}");
      else
        verdict.carry_answers = *answers;
    }
  }

  void compile_expressions() {
    ExpressionCompiler compiler(bank_, issues_);
    show_if_reads_.assign(bank_.questions.size(), ShowIfReads{});
    std::vector<expr::CheckResult> verdict_checks(bank_.verdicts.size());
    std::vector<bool> verdict_has_when(bank_.verdicts.size(), false);
    for (const Pending& p : pending_) {
      expr::CheckResult checked;
      expr::Expr e = compiler.compile(*p.value, p.pointer, p.what == Pending::verdict, &checked);
      std::string source = p.value->is_string() ? p.value->get<std::string>() : "";
      if (p.what == Pending::verdict) {
        Verdict& v = bank_.verdicts[p.index];
        v.condition = {e, source};
        v.gates = checked.gates;
        v.reads_missing = checked.reads_missing;
        verdict_has_when[p.index] = true;
        verdict_checks[p.index] = checked;
        continue;
      }
      if (p.what == Pending::requirement) {
        bank_.gates[p.index].requirements[p.sub].condition = {e, source};
        continue;
      }
      if (p.what == Pending::section_show_if) {
        Section& section = bank_.sections[p.index];
        section.show_if = e;
        // Every question of the section depends on what the section's show_if reads.
        if (e)
          for (int q : section.questions) {
            ShowIfReads& reads = show_if_reads_[static_cast<size_t>(q)];
            for (size_t k = 0; k < checked.questions.size(); ++k) {
              reads.questions.push_back(checked.questions[k]);
              reads.offsets.push_back(checked.question_offsets[k]);
              reads.pointers.push_back(p.pointer);
            }
          }
        continue;
      }
      if (p.question < 0 || static_cast<size_t>(p.question) >= bank_.questions.size()) continue;
      Question& q = bank_.questions[static_cast<size_t>(p.question)];
      switch (p.what) {
        case Pending::show_if:
          q.show_if = e;
          if (e) {
            ShowIfReads& reads = show_if_reads_[static_cast<size_t>(p.question)];
            for (size_t k = 0; k < checked.questions.size(); ++k) {
              reads.questions.push_back(checked.questions[k]);
              reads.offsets.push_back(checked.question_offsets[k]);
              reads.pointers.push_back(p.pointer);
            }
          }
          break;
        case Pending::red_line: q.red_line = {e, source}; break;
        case Pending::recommendation: q.recommendations[p.index].condition = {e, source}; break;
        case Pending::score_rule: q.score_rules[p.index].condition = {e, source}; break;
        case Pending::verdict:
        case Pending::requirement:
        case Pending::section_show_if: break;
      }
    }
    check_verdict_order(bank_.verdicts, verdict_pointers_, verdict_has_when, verdict_checks, issues_);
  }
};

}  // namespace

CompiledBank compile_bank(const ojson& json) { return Compiler(json).run(); }

}  // namespace core
