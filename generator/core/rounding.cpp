#include "core/rounding.h"

#include <cmath>

namespace core {

double round_half_up(double value, int decimals) {
  if (!std::isfinite(value)) return value;
  double scale = std::pow(10.0, decimals);
  double scaled = value * scale;
  // 2.675 is stored as 2.67499999...; a small relative nudge makes the decimal intent win.
  // Capped at a millionth of a unit: on large scaled values (123456789.125 at 6 decimals) a
  // purely relative nudge would add whole units and change the digits it should keep.
  double nudge = std::fmin(std::fabs(scaled) * 1e-12, 1e-6);
  double nudged = scaled + std::copysign(nudge, scaled);
  double rounded = std::copysign(std::floor(std::fabs(nudged) + 0.5), value) / scale;
  return rounded == 0.0 ? 0.0 : rounded;  // no "-0"
}

}  // namespace core
