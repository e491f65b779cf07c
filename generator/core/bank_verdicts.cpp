#include "core/bank_verdicts.h"

#include "core/bank_expressions.h"

namespace core {

void check_verdict_order(const std::vector<Verdict>& verdicts,
                         const std::vector<std::string>& pointers,
                         const std::vector<bool>& has_when,
                         const std::vector<expr::CheckResult>& checks, Issues& issues) {
  auto add = [&](const std::string& pointer, std::string message, std::string related = "") {
    Issue i;
    i.pointer = pointer;
    i.message = std::move(message);
    i.related = std::move(related);
    issues.push_back(std::move(i));
  };
  int always = -1;  // first verdict that always matches
  for (size_t i = 0; i < verdicts.size(); ++i) {
    const Verdict& v = verdicts[i];
    if (always >= 0) {
      const Verdict& first = verdicts[static_cast<size_t>(always)];
      add(pointers[i], "unreachable verdict '" + v.level + "': verdict '" + first.level +
                           "' above it always matches first",
          pointers[static_cast<size_t>(always)]);
      continue;
    }
    if (!has_when[i]) {
      always = static_cast<int>(i);
      continue;
    }
    if (!v.condition.when || !checks[i].constant) continue;
    if (constant_holds(*v.condition.when))
      always = static_cast<int>(i);
    else
      add(pointers[i] + "/when", "verdict '" + v.level +
                                     "' can never match: its condition is always false");
  }
  if (always < 0 && !verdicts.empty())
    add(pointers.back(), "the last verdict must be the fallback, without 'when', so that every "
                         "set of answers gets a verdict");
}

}  // namespace core
