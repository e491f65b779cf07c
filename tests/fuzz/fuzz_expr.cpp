// libFuzzer target: the bank expression language (core's lexer, parser, checker, evaluator).
// The input is one expression; it is parsed on its own, then placed in a small bank as a
// question's show_if and as a verdict rule, so the checker and the evaluator see it too.
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "core/evaluate.h"
#include "core/expr_parser.h"

namespace {

const char* const kBank = R"({
  "id": "fuzz", "version": 1, "kind": "grid", "title": "t",
  "sections": [{"id": "s", "title": "S", "questions": [
    {"id": "usage", "text": "?", "type": "choice",
     "choices": [{"id": "a", "label": "A", "score": 1}, {"id": "b", "label": "B", "score": 0}]},
    {"id": "usages", "text": "?", "type": "multi",
     "choices": [{"id": "ocr", "label": "O", "score": 1}, {"id": "llm", "label": "L", "score": 2}]},
    {"id": "pue", "text": "?", "type": "number", "min": 0, "max": 10},
    {"id": "note", "text": "?", "type": "text", "required": false},
    {"id": "q", "text": "?", "type": "yesno", "show_if": "true"}]}],
  "verdicts": [{"when": "true", "level": "x", "label": "X", "text": "t"},
               {"level": "y", "label": "Y", "text": "t"}]
})";

const char* const kAnswers[] = {
    R"({"answers": {}})",
    R"({"answers": {"usage": "a", "usages": ["ocr", "llm"], "pue": 1.5, "note": "n", "q": "oui"}})",
    R"({"answers": {"usage": "b", "usages": [], "pue": 0, "q": "non"}})",
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string source(reinterpret_cast<const char*>(data), size);
  core::expr::parse(source);

  static const nlohmann::json base = nlohmann::json::parse(kBank);
  nlohmann::json bank = base;
  bank["sections"][0]["questions"][4]["show_if"] = source;
  bank["verdicts"][0]["when"] = source;
  const std::string bank_json = bank.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  core::CompiledBank compiled = core::compile_bank_text(bank_json);
  for (const char* answers : kAnswers) core::evaluate(compiled, answers);
  return 0;
}
