#pragma once
// Reading an answers file against a bank: which answers apply, and why the others do not.
//
//   {"bank": "<id>", "version": N, "answers": {"qid": "choice" | ["a", "b"] | 12.5 | "text"}}
//
// `bank` and `version` may be omitted (a link carrying answers); a different bank id rejects
// the whole file; an older version is accepted, and answers to questions it no longer has are
// reported as "removed".
#include <string>
#include <vector>

#include "core/bank_model.h"
#include "core/expr_value.h"

namespace core {

/// Why an answer does not count (the `reason` of a result's `ignored` entry).
enum class IgnoredReason { unknown, removed, hidden, invalid, out_of_range };
const char* reason_code(IgnoredReason reason);

struct IgnoredAnswer {
  std::string question;
  IgnoredReason reason = IgnoredReason::invalid;
  std::string detail;  // in English, for people reading the result
  size_t position = 0; // the answer's rank in the file, to keep the file's order
};

struct AnswerSet {
  std::vector<expr::Value> values;      // per question; null when unanswered
  std::vector<size_t> positions;        // per question: rank of its answer in the file
  std::vector<IgnoredAnswer> ignored;   // unknown, removed, invalid and out-of-range answers
  std::vector<std::string> errors;      // problems with the file itself
  bool has_version = false;
  long long version = 0;
};

/// Parses and validates `answers_json` against `bank`. Never throws.
AnswerSet read_answers(const Bank& bank, const std::string& answers_json);

}  // namespace core
