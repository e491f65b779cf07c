#include "core/json_number.h"

#include <cmath>

#include "core/rounding.h"

namespace core {

nlohmann::ordered_json json_number(double value) {
  if (!std::isfinite(value)) return nullptr;
  double r = round_half_up(value, 2);
  if (std::fabs(r) < 9e15 && r == std::floor(r)) return static_cast<long long>(r);
  return r;
}

std::string number_text(double value) {
  if (std::fabs(value) < 9e15 && value == std::floor(value))
    return std::to_string(static_cast<long long>(value));
  return nlohmann::ordered_json(value).dump();
}

}  // namespace core
