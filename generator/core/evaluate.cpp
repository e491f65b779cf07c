#include "core/evaluate.h"

#include <algorithm>

#include "core/answers.h"
#include "core/expr_eval.h"
#include "core/json_number.h"
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

  // The visibility order puts every question after those its show_if reads, so one pass is
  // the fixpoint: a show_if reading a hidden question sees null.
  void compute_visibility() {
    for (int q : bank_.visibility_order) {
      const Question& question = bank_.questions[static_cast<size_t>(q)];
      visible_[static_cast<size_t>(q)] = !question.show_if || expr::holds(*question.show_if, *this);
    }
  }

  void compute_scores() {
    section_score.assign(bank_.sections.size(), 0);
    section_max.assign(bank_.sections.size(), 0);
    for (size_t s = 0; s < bank_.sections.size(); ++s) {
      const Section& section = bank_.sections[s];
      double total = 0, maximum = 0;
      for (int q : section.questions) {
        if (!visible_[static_cast<size_t>(q)]) continue;
        total += score_of(q);
        maximum += bank_.questions[static_cast<size_t>(q)].max_score;
      }
      section_score[s] = shown(total * section.weight);
      section_max[s] = shown(maximum * section.weight);
      score += total * section.weight;
      max_score += maximum * section.weight;
    }
    score = shown(score);
    max_score = shown(max_score);
  }

  bool is_visible(size_t q) const { return visible_[q]; }
  bool is_answered(size_t q) const { return visible_[q] && raw_[q].kind != expr::Kind::null; }

  std::vector<double> section_score, section_max;
  double score = 0, max_score = 0, red_lines = 0, answered = 0, missing = 0;

 private:
  double question_score(const Question& q, const Value& v) const {
    if (!q.scored || v.kind == expr::Kind::null) return 0;
    switch (q.type) {
      case QuestionType::yesno:
      case QuestionType::choice:
        for (const Choice& c : q.choices)
          if (c.id == v.text) return c.score;
        return 0;
      case QuestionType::multi: {
        double sum = 0;
        for (const Value& item : v.items)
          for (const Choice& c : q.choices)
            if (c.id == item.text) sum += c.score;
        return sum;
      }
      case QuestionType::number:
        for (const ScoreRule& rule : q.score_rules)
          if (!rule.condition.when || expr::holds(*rule.condition.when, *this)) return rule.score;
        return 0;
      case QuestionType::text: return 0;
    }
    return 0;
  }

  const Bank& bank_;
  const std::vector<Value>& raw_;
  std::vector<bool> visible_;
  mutable std::vector<bool> scoring_;
  Value null_;
};

ojson error_entry(const char* source, const std::string& pointer, const std::string& message) {
  ojson e = ojson::object();
  e["source"] = source;
  e["pointer"] = pointer;
  e["message"] = message;
  return e;
}

std::string dump(const ojson& j) {
  // Replace, never abort, should a string ever hold invalid UTF-8.
  return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

ojson header(const Bank& bank) {
  ojson r = ojson::object();
  r["bank"] = bank.id;
  r["version"] = bank.version;
  return r;
}

ojson invalid_bank_result(const CompiledBank& compiled) {
  ojson r = header(compiled.bank);
  r["ok"] = false;
  ojson errors = ojson::array();
  for (const Issue& i : compiled.issues) errors.push_back(error_entry("bank", i.pointer, i.message));
  r["errors"] = std::move(errors);
  return r;
}

ojson evaluate_result(const Bank& bank, const std::string& answers_json) {
  AnswerSet answers = read_answers(bank, answers_json);
  Evaluation ev(bank, answers);
  ev.compute_visibility();
  ev.compute_scores();

  ojson r = header(bank);
  r["ok"] = answers.errors.empty();
  ojson errors = ojson::array();
  for (const std::string& e : answers.errors) errors.push_back(error_entry("answers", "", e));
  r["errors"] = std::move(errors);
  r["answers_version"] = answers.has_version ? ojson(answers.version) : ojson(nullptr);

  ojson visible = ojson::array(), missing_ids = ojson::array();
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
  r["visible"] = std::move(visible);
  r["answered"] = json_number(ev.answered);
  r["missing"] = json_number(ev.missing);
  r["missing_ids"] = std::move(missing_ids);

  ojson sections = ojson::array();
  for (size_t s = 0; s < bank.sections.size(); ++s) {
    ojson section = ojson::object();
    section["id"] = bank.sections[s].id;
    section["title"] = bank.sections[s].title;
    section["weight"] = json_number(bank.sections[s].weight);
    section["score"] = json_number(ev.section_score[s]);
    section["max_score"] = json_number(ev.section_max[s]);
    sections.push_back(std::move(section));
  }
  r["sections"] = std::move(sections);
  r["score"] = json_number(ev.score);
  r["max_score"] = json_number(ev.max_score);

  ojson red_lines = ojson::array(), recommendations = ojson::array();
  for (size_t q = 0; q < bank.questions.size(); ++q) {
    if (!ev.is_visible(q)) continue;
    const Question& question = bank.questions[q];
    if (question.has_red_line && question.red_line.when &&
        expr::holds(*question.red_line.when, ev)) {
      ojson line = ojson::object();
      line["question"] = question.id;
      line["message"] = question.red_line_message;
      red_lines.push_back(std::move(line));
    }
    for (const Recommendation& rec : question.recommendations) {
      if (!rec.condition.when || !expr::holds(*rec.condition.when, ev)) continue;
      ojson item = ojson::object();
      item["question"] = question.id;
      item["text"] = rec.text;
      item["link"] = rec.link.empty() ? ojson(nullptr) : ojson(rec.link);
      recommendations.push_back(std::move(item));
    }
  }
  ev.red_lines = static_cast<double>(red_lines.size());
  r["red_lines"] = std::move(red_lines);

  ojson verdict = nullptr, bands = ojson::array();
  for (const Verdict& v : bank.verdicts) {
    bool matched = verdict.is_null() && (!v.condition.when || expr::holds(*v.condition.when, ev));
    if (matched) {
      verdict = ojson::object();
      verdict["level"] = v.level;
      verdict["label"] = v.label;
      verdict["text"] = v.text;
      verdict["explain"] = v.explain;
    }
    ojson band = ojson::object();
    band["level"] = v.level;
    band["label"] = v.label;
    band["when"] = v.condition.when ? ojson(v.condition.source) : ojson(nullptr);
    band["explain"] = v.explain;
    band["matched"] = matched;
    bands.push_back(std::move(band));
  }
  r["verdict"] = std::move(verdict);
  r["verdicts"] = std::move(bands);
  r["recommendations"] = std::move(recommendations);

  std::stable_sort(ignored.begin(), ignored.end(),
                   [](const IgnoredAnswer& a, const IgnoredAnswer& b) { return a.position < b.position; });
  ojson ignored_json = ojson::array();
  for (const IgnoredAnswer& i : ignored) {
    ojson item = ojson::object();
    item["question"] = i.question;
    item["reason"] = reason_code(i.reason);
    item["detail"] = i.detail;
    ignored_json.push_back(std::move(item));
  }
  r["ignored"] = std::move(ignored_json);
  return r;
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
  if (!compiled.ok()) return dump(invalid_bank_result(compiled));
  if (compiled.bank.kind == "clauses") {
    ojson r = header(compiled.bank);
    r["ok"] = false;
    ojson errors = ojson::array();
    errors.push_back(error_entry("bank", "/kind",
                                 "a clauses bank has no questions to score; its page assembles "
                                 "the annex"));
    r["errors"] = std::move(errors);
    return dump(r);
  }
  return dump(evaluate_result(compiled.bank, answers_json));
}

std::string evaluate(const std::string& bank_json, const std::string& answers_json) {
  return evaluate(compile_bank_text(bank_json), answers_json);
}

}  // namespace core
