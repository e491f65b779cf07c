#pragma once
// How the core writes numbers into result JSON: half-up at 2 decimals, and whole numbers as
// integers ("3", not "3.0"), identically natively and in WebAssembly.
#include <string>

#include <nlohmann/json.hpp>

namespace core {

/// `value` rounded half-up to 2 decimals, as a JSON integer when it is whole.
nlohmann::ordered_json json_number(double value);

/// The shortest text that reads back as `value` (for messages).
std::string number_text(double value);

}  // namespace core
