#pragma once
// The estimators' results list their errors as {"errors":[{"field","message"}]}: the command
// line repeats each on stderr, in the form editors and terminals know.
#include <string>

namespace cli {

/// Prints each error of `result_json` to stderr as "INPUT: error: FIELD: message" (without
/// "FIELD: " when the field is empty) and returns how many there were.
size_t print_result_errors(const std::string& input_path, const std::string& result_json);

}  // namespace cli
