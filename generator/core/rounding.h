#pragma once
// One rounding rule for every number the core reports, natively and in WebAssembly:
// half away from zero ("half-up" as people say it) at a fixed number of decimals.

namespace core {

/// Rounds `value` to `decimals` places, halves away from zero. Compensates for binary
/// representation (2.675 → 2.68) by nudging with a relative epsilon before rounding.
double round_half_up(double value, int decimals);

}  // namespace core
