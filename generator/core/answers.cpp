#include "core/answers.h"

#include <algorithm>

#include "core/bank_fields.h"
#include "core/json_writer.h"

namespace core {

const char* reason_code(IgnoredReason reason) {
  switch (reason) {
    case IgnoredReason::unknown: return "unknown";
    case IgnoredReason::removed: return "removed";
    case IgnoredReason::hidden: return "hidden";
    case IgnoredReason::invalid: return "invalid";
    case IgnoredReason::out_of_range: return "out_of_range";
  }
  return "invalid";
}

namespace {

using expr::Value;

const Choice* find_choice(const Question& q, const std::string& id) {
  for (const Choice& c : q.choices)
    if (c.id == id) return &c;
  return nullptr;
}

struct Reader {
  const Bank& bank;
  AnswerSet& out;
  size_t position = 0;

  void ignore(const std::string& question, IgnoredReason reason, std::string detail) {
    out.ignored.push_back({question, reason, std::move(detail), position});
  }

  // The answer to `q` as a Value, or null (with the reason recorded) when it does not fit.
  Value read(const Question& q, const ojson& a) {
    if (a.is_null()) return Value::null();
    switch (q.answer) {
      case AnswerShape::one_choice: {
        if (!a.is_string()) {
          ignore(q.id, IgnoredReason::invalid,
                 std::string("expected a choice id, found ") + json_type_name(a));
          return Value::null();
        }
        const std::string& id = a.get_ref<const std::string&>();
        if (!find_choice(q, id)) {
          ignore(q.id, IgnoredReason::invalid, "'" + id + "' is not a choice of this question");
          return Value::null();
        }
        return Value::of(id);
      }
      case AnswerShape::several_choices: return read_multi(q, a);
      case AnswerShape::number: {
        if (!a.is_number()) {
          ignore(q.id, IgnoredReason::invalid,
                 std::string("expected a number, found ") + json_type_name(a));
          return Value::null();
        }
        double n = a.get<double>();
        if (q.has_min && n < q.min) {
          ignore(q.id, IgnoredReason::out_of_range,
                 format_number(n, 6) + " is below the minimum " + format_number(q.min, 6));
          return Value::null();
        }
        if (q.has_max && n > q.max) {
          ignore(q.id, IgnoredReason::out_of_range,
                 format_number(n, 6) + " is above the maximum " + format_number(q.max, 6));
          return Value::null();
        }
        return Value::of(n);
      }
      case AnswerShape::text:
        if (!a.is_string()) {
          ignore(q.id, IgnoredReason::invalid,
                 std::string("expected text, found ") + json_type_name(a));
          return Value::null();
        }
        if (a.get_ref<const std::string&>().empty()) return Value::null();
        return Value::of(a.get<std::string>());
    }
    return Value::null();
  }

  // Keeps the valid choices (in the bank's order, once each) and reports the others, so that a
  // choice removed from a later version does not throw away the rest of the answer.
  Value read_multi(const Question& q, const ojson& a) {
    if (!a.is_array()) {
      ignore(q.id, IgnoredReason::invalid,
             std::string("expected a list of choice ids, found ") + json_type_name(a));
      return Value::null();
    }
    std::vector<bool> chosen(q.choices.size(), false);
    std::string rejected;
    for (const ojson& item : a) {
      const Choice* c = item.is_string() ? find_choice(q, item.get_ref<const std::string&>()) : nullptr;
      if (c) {
        chosen[static_cast<size_t>(c - q.choices.data())] = true;
        continue;
      }
      rejected += rejected.empty() ? "" : ", ";
      rejected += item.is_string() ? "'" + item.get<std::string>() + "'" : json_type_name(item);
    }
    if (!rejected.empty())
      ignore(q.id, IgnoredReason::invalid, "not choices of this question: " + rejected);
    std::vector<Value> items;
    for (size_t i = 0; i < q.choices.size(); ++i)
      if (chosen[i]) items.push_back(Value::of(q.choices[i].id));
    return items.empty() ? Value::null() : Value::list(std::move(items));
  }
};

}  // namespace

AnswerSet read_answers(const Bank& bank, const std::string& answers_json) {
  AnswerSet out;
  out.values.assign(bank.questions.size(), Value::null());
  out.positions.assign(bank.questions.size(), 0);
  ojson file = ojson::parse(answers_json, nullptr, false);
  if (file.is_discarded()) {
    out.errors.push_back("the answers are not valid JSON");
    return out;
  }
  if (!file.is_object()) {
    out.errors.push_back("the answers must be a JSON object {\"bank\", \"version\", \"answers\"}");
    return out;
  }
  auto bank_id = file.find("bank");
  if (bank_id != file.end() && !bank_id->is_null()) {
    if (!bank_id->is_string() || bank_id->get_ref<const std::string&>() != bank.id) {
      std::string named = bank_id->is_string() ? "bank '" + bank_id->get<std::string>() + "'"
                                               : std::string("bank ") + json_type_name(*bank_id);
      out.errors.push_back("these answers are for " + named + ", not '" + bank.id +
                           "': none of them was applied");
      return out;
    }
  }
  auto version = file.find("version");
  if (version != file.end() && !version->is_null()) {
    if (!version->is_number_integer() || version->get<long long>() < 1) {
      out.errors.push_back("'version' must be a whole number from 1");
    } else {
      out.has_version = true;
      out.version = version->get<long long>();
      if (out.version > bank.version)
        out.errors.push_back("these answers come from version " + std::to_string(out.version) +
                             ", newer than this bank (version " + std::to_string(bank.version) +
                             "); answers that do not fit it are ignored");
    }
  }
  auto answers = file.find("answers");
  if (answers == file.end()) {
    out.errors.push_back("the answers file has no 'answers' object");
    return out;
  }
  if (!answers->is_object()) {
    out.errors.push_back("'answers' must be an object of question id → answer");
    return out;
  }
  Reader reader{bank, out};
  for (auto it = answers->begin(); it != answers->end(); ++it, ++reader.position) {
    auto found = bank.question_index.find(it.key());
    if (found == bank.question_index.end()) {
      if (out.has_version && out.version < bank.version)
        reader.ignore(it.key(), IgnoredReason::removed,
                      "no such question in version " + std::to_string(bank.version));
      else
        reader.ignore(it.key(), IgnoredReason::unknown, "no such question in this bank");
      continue;
    }
    size_t q = static_cast<size_t>(found->second);
    out.values[q] = reader.read(bank.questions[q], it.value());
    out.positions[q] = reader.position;
  }
  return out;
}

}  // namespace core
