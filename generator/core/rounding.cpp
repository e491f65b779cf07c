#include "core/rounding.h"

#include <cmath>

namespace core {

double round_half_up(double value, int decimals) {
  if (!std::isfinite(value)) return value;
  double scale = std::pow(10.0, decimals);
  double scaled = value * scale;
  // 2.675 is stored as 2.67499999...; a few ulps of nudge make the decimal intent win.
  double nudged = scaled + std::copysign(std::fabs(scaled) * 1e-12, scaled);
  double rounded = std::copysign(std::floor(std::fabs(nudged) + 0.5), value) / scale;
  return rounded == 0.0 ? 0.0 : rounded;  // no "-0"
}

}  // namespace core
