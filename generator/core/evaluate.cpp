#include "core/evaluate.h"

#include <algorithm>

#include "core/answers.h"
#include "core/expr_eval.h"
#include "core/json_writer.h"
#include "core/rounding.h"

namespace core {

namespace {

using expr::Value;

// Reported values are rounded; verdicts judge the same rounded numbers the page shows.
double shown(double value) { return round_half_up(value, 2); }

class Evaluation : public expr::Env {
 public:
  Evaluation(const Bank& bank, const AnswerSet& answers)
      : bank_(bank), raw_(answers.values), visible_(bank.questions.size(), false),
        scoring_(bank.questions.size(), false) {}

  const Value& question(int index) const override {
    size_t i = static_cast<size_t>(index);
    return visible_[i] ? raw_[i] : null_;
  }

  double score_of(int index) const override {
    size_t i = static_cast<size_t>(index);
    if (!visible_[i] || scoring_[i]) return 0;  // a rule reading its own score counts 0
    scoring_[i] = true;
    double s = question_score(bank_.questions[i], raw_[i]);
    scoring_[i] = false;
    return s;
  }

  double variable(expr::Variable v) const override {
    switch (v) {
      case expr::Variable::score: return score;
      case expr::Variable::max_score: return max_score;
      case expr::Variable::red_lines: return red_lines;
      case expr::Variable::answered: return answered;
      case expr::Variable::missing: return missing;
    }
    return 0;
  }

  double section(int index, bool maximum) const override {
    size_t i = static_cast<size_t>(index);
    return maximum ? section_max[i] : section_score[i];
  }

  bool gate_open(int index) const override { return gates_open[static_cast<size_t>(index)]; }

  // The visibility order puts every question after those its show_if (and its section's) reads,
  // so one pass is the fixpoint: a show_if reading a hidden question sees null.
  void compute_visibility() {
    for (int q : bank_.visibility_order) {
      const Question& question = bank_.questions[static_cast<size_t>(q)];
      const Section& section = bank_.sections[static_cast<size_t>(question.section)];
      visible_[static_cast<size_t>(q)] =
          (!section.show_if || expr::holds(*section.show_if, *this)) &&
          (!question.show_if || expr::holds(*question.show_if, *this));
    }
  }

  // In `points` scoring a section counts its points times its weight; in `normalised` scoring it
  // counts its weight times the share of its points it reached, so its weight is its real weight.
  void compute_scores() {
    section_score.assign(bank_.sections.size(), 0);
    section_max.assign(bank_.sections.size(), 0);
    section_points.assign(bank_.sections.size(), 0);
    section_max_points.assign(bank_.sections.size(), 0);
    for (size_t s = 0; s < bank_.sections.size(); ++s) {
      const Section& section = bank_.sections[s];
      double total = 0, maximum = 0;
      for (int q : section.questions) {
        if (!visible_[static_cast<size_t>(q)]) continue;
        total += score_of(q);
        maximum += bank_.questions[static_cast<size_t>(q)].max_score;
      }
      double part = total * section.weight, part_max = maximum * section.weight;
      if (bank_.scoring == Scoring::normalised) {
        part = maximum > 0 ? section.weight * total / maximum : 0;
        part_max = maximum > 0 ? section.weight : 0;
      }
      section_points[s] = shown(total);
      section_max_points[s] = shown(maximum);
      section_score[s] = shown(part);
      section_max[s] = shown(part_max);
      score += part;
      max_score += part_max;
    }
    score = shown(score);
    max_score = shown(max_score);
  }

  // A gate is open while a requirement of a visible question does not hold; the questions of
  // those requirements are what must be established to close it.
  void compute_gates() {
    gates_open.assign(bank_.gates.size(), false);
    gate_pending.assign(bank_.gates.size(), {});
    for (size_t g = 0; g < bank_.gates.size(); ++g) {
      for (const Requirement& r : bank_.gates[g].requirements) {
        if (r.question < 0 || !visible_[static_cast<size_t>(r.question)]) continue;
        if (r.condition.when && expr::holds(*r.condition.when, *this)) continue;
        gates_open[g] = true;
        std::vector<int>& pending = gate_pending[g];
        if (std::find(pending.begin(), pending.end(), r.question) == pending.end())
          pending.push_back(r.question);
      }
    }
  }

  bool is_visible(size_t q) const { return visible_[q]; }
  bool is_answered(size_t q) const { return visible_[q] && raw_[q].kind != expr::Kind::null; }

  std::vector<double> section_score, section_max, section_points, section_max_points;
  std::vector<bool> gates_open;
  std::vector<std::vector<int>> gate_pending;
  double score = 0, max_score = 0, red_lines = 0, answered = 0, missing = 0;

 private:
  double question_score(const Question& q, const Value& v) const {
    if (!q.scored || v.kind == expr::Kind::null) return 0;
    switch (q.answer) {
      case AnswerShape::one_choice:
        for (const Choice& c : q.choices)
          if (c.id == v.text) return c.score;
        return 0;
      case AnswerShape::several_choices: {
        double sum = 0;
        for (const Value& item : v.items)
          for (const Choice& c : q.choices)
            if (c.id == item.text) sum += c.score;
        return sum;
      }
      case AnswerShape::number:
        for (const ScoreRule& rule : q.score_rules)
          if (!rule.condition.when || expr::holds(*rule.condition.when, *this)) return rule.score;
        return 0;
      case AnswerShape::text: return 0;
    }
    return 0;
  }

  const Bank& bank_;
  const std::vector<Value>& raw_;
  std::vector<bool> visible_;
  mutable std::vector<bool> scoring_;
  Value null_;
};

void error_entry(JsonWriter& w, const char* source, const std::string& pointer,
                 const std::string& message) {
  w.begin_object().key("source").string(source).key("pointer").string(pointer);
  w.key("message").string(message).end_object();
}

void header(JsonWriter& w, const Bank& bank) {
  w.begin_object().key("bank").string(bank.id).key("version").integer(bank.version);
}

std::string invalid_bank_result(const CompiledBank& compiled) {
  JsonWriter w;
  header(w, compiled.bank);
  w.key("ok").boolean(false).key("errors").begin_array();
  for (const Issue& i : compiled.issues) error_entry(w, "bank", i.pointer, i.message);
  w.end_array().end_object();
  return w.str();
}

std::string not_scored_result(const Bank& bank) {
  JsonWriter w;
  header(w, bank);
  w.key("ok").boolean(false).key("errors").begin_array();
  error_entry(w, "bank", "/kind",
              "a clauses bank has no questions to score; its page assembles the annex");
  w.end_array().end_object();
  return w.str();
}

void string_list(JsonWriter& w, const std::vector<std::string>& items) {
  w.begin_array();
  for (const std::string& s : items) w.string(s);
  w.end_array();
}

// The questions that explain an advice: those keeping open a gate its rule reads, then the
// unanswered ones if its rule reads `missing`, each once, in the order they come up.
std::vector<std::string> pending_of(const Bank& bank, const Verdict& v, const std::vector<bool>& open,
                                    const std::vector<std::vector<int>>& gate_pending,
                                    const std::vector<std::string>& missing_ids) {
  std::vector<std::string> out;
  auto add = [&out](const std::string& id) {
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  };
  for (int g : v.gates)
    if (open[static_cast<size_t>(g)])
      for (int q : gate_pending[static_cast<size_t>(g)]) add(bank.questions[static_cast<size_t>(q)].id);
  if (v.reads_missing)
    for (const std::string& id : missing_ids) add(id);
  return out;
}

// Key order (documented in content/README.md, "Evaluation result"): bank, version, ok, errors,
// answers_version, visible, answered, missing, missing_ids, sections, score, max_score,
// red_lines, gates, verdict, verdicts, recommendations, ignored, advice_scope.
std::string evaluate_result(const Bank& bank, const std::string& answers_json) {
  AnswerSet answers = read_answers(bank, answers_json);
  Evaluation ev(bank, answers);
  ev.compute_visibility();
  ev.compute_scores();

  std::vector<std::string> visible, missing_ids;
  std::vector<IgnoredAnswer> ignored = answers.ignored;
  for (size_t q = 0; q < bank.questions.size(); ++q) {
    const Question& question = bank.questions[q];
    if (!ev.is_visible(q)) {
      if (answers.values[q].kind != expr::Kind::null)
        ignored.push_back({question.id, IgnoredReason::hidden,
                           "the question is hidden by its show_if", answers.positions[q]});
      continue;
    }
    visible.push_back(question.id);
    if (ev.is_answered(q)) ev.answered += 1;
    else if (question.required) {
      ev.missing += 1;
      missing_ids.push_back(question.id);
    }
  }

  struct Triggered { const Question* question; const std::string* text; const std::string* link; };
  std::vector<Triggered> red_lines, recommendations;
  for (size_t q = 0; q < bank.questions.size(); ++q) {
    if (!ev.is_visible(q)) continue;
    const Question& question = bank.questions[q];
    if (question.has_red_line && question.red_line.when &&
        expr::holds(*question.red_line.when, ev))
      red_lines.push_back({&question, &question.red_line_message, nullptr});
    for (const Recommendation& rec : question.recommendations)
      if (rec.condition.when && expr::holds(*rec.condition.when, ev))
        recommendations.push_back({&question, &rec.text, &rec.link});
  }
  ev.red_lines = static_cast<double>(red_lines.size());
  ev.compute_gates();

  const Verdict* verdict = nullptr;
  std::vector<bool> matched(bank.verdicts.size(), false);
  for (size_t i = 0; i < bank.verdicts.size() && !verdict; ++i) {
    const Verdict& v = bank.verdicts[i];
    if (!v.condition.when || expr::holds(*v.condition.when, ev)) {
      verdict = &v;
      matched[i] = true;
    }
  }

  JsonWriter w;
  header(w, bank);
  w.key("ok").boolean(answers.errors.empty());
  w.key("errors").begin_array();
  for (const std::string& e : answers.errors) error_entry(w, "answers", "", e);
  w.end_array();
  w.key("answers_version");
  if (answers.has_version) w.integer(answers.version);
  else w.null();
  w.key("visible");
  string_list(w, visible);
  w.key("answered").number(ev.answered).key("missing").number(ev.missing);
  w.key("missing_ids");
  string_list(w, missing_ids);

  w.key("sections").begin_array();
  for (size_t s = 0; s < bank.sections.size(); ++s) {
    const Section& section = bank.sections[s];
    w.begin_object().key("id").string(section.id).key("title").string(section.title);
    w.key("weight").number(section.weight).key("score").number(ev.section_score[s]);
    w.key("max_score").number(ev.section_max[s]);
    w.key("points").number(ev.section_points[s]).key("max_points").number(ev.section_max_points[s]);
    // The section's share of the total: its real weight in the score, in percent.
    w.key("share").number(ev.max_score > 0 ? shown(100 * ev.section_max[s] / ev.max_score) : 0);
    w.end_object();
  }
  w.end_array();
  w.key("score").number(ev.score).key("max_score").number(ev.max_score);

  w.key("red_lines").begin_array();
  for (const Triggered& t : red_lines)
    w.begin_object().key("question").string(t.question->id).key("message").string(*t.text).end_object();
  w.end_array();

  w.key("gates").begin_array();
  for (size_t g = 0; g < bank.gates.size(); ++g) {
    w.begin_object().key("id").string(bank.gates[g].id).key("label").string(bank.gates[g].label);
    w.key("open").boolean(ev.gates_open[g]).key("pending").begin_array();
    for (int q : ev.gate_pending[g]) w.string(bank.questions[static_cast<size_t>(q)].id);
    w.end_array().end_object();
  }
  w.end_array();

  w.key("verdict");
  if (verdict) {
    w.begin_object().key("level").string(verdict->level).key("label").string(verdict->label);
    w.key("text").string(verdict->text).key("explain").string(verdict->explain);
    w.key("pending");
    string_list(w, pending_of(bank, *verdict, ev.gates_open, ev.gate_pending, missing_ids));
    w.end_object();
  } else {
    w.null();
  }
  w.key("verdicts").begin_array();
  for (size_t i = 0; i < bank.verdicts.size(); ++i) {
    const Verdict& v = bank.verdicts[i];
    w.begin_object().key("level").string(v.level).key("label").string(v.label).key("when");
    if (v.condition.when) w.string(v.condition.source);
    else w.null();
    w.key("explain").string(v.explain).key("matched").boolean(matched[i]).end_object();
  }
  w.end_array();

  w.key("recommendations").begin_array();
  for (const Triggered& t : recommendations) {
    w.begin_object().key("question").string(t.question->id).key("text").string(*t.text);
    w.key("link").string_or_null(*t.link).end_object();
  }
  w.end_array();

  std::stable_sort(ignored.begin(), ignored.end(),
                   [](const IgnoredAnswer& a, const IgnoredAnswer& b) { return a.position < b.position; });
  w.key("ignored").begin_array();
  for (const IgnoredAnswer& i : ignored) {
    w.begin_object().key("question").string(i.question).key("reason").string(reason_code(i.reason));
    w.key("detail").string(i.detail).end_object();
  }
  w.end_array();
  w.key("advice_scope");
  if (bank.rests_on.empty() && bank.not_covered.empty()) {
    w.null();
  } else {
    w.begin_object().key("rests_on").string(bank.rests_on);
    w.key("not_covered").string(bank.not_covered).end_object();
  }
  w.end_object();
  return w.str();
}

}  // namespace

CompiledBank compile_bank_text(const std::string& bank_json) {
  ojson json = ojson::parse(bank_json, nullptr, false);
  if (json.is_discarded()) {
    CompiledBank out;
    Issue i;
    i.message = "the bank is not valid JSON";
    out.issues.push_back(i);
    return out;
  }
  return compile_bank(json);
}

std::string evaluate(const CompiledBank& compiled, const std::string& answers_json) {
  if (!compiled.ok()) return invalid_bank_result(compiled);
  if (compiled.bank.kind == "clauses") return not_scored_result(compiled.bank);
  return evaluate_result(compiled.bank, answers_json);
}

std::string evaluate(const std::string& bank_json, const std::string& answers_json) {
  return evaluate(compile_bank_text(bank_json), answers_json);
}

}  // namespace core
