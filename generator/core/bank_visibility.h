#pragma once
// Which questions a show_if reads, the cycles among them, and an order to compute visibility in.
#include <string>
#include <vector>

#include "core/bank_model.h"

namespace core {

/// What decides a question's visibility: its own show_if and its section's.
struct ShowIfReads {
  std::vector<int> questions;         // questions they read
  std::vector<size_t> offsets;        // where each is named
  std::vector<std::string> pointers;  // in which show_if expression
};

struct VisibilityGraph {
  std::vector<int> order;  // every question after all those its show_if reads
  Issues issues;           // one per cycle
};

/// Reports every show_if that depends on itself, directly or through other questions' show_if,
/// and otherwise orders the questions so a single pass reaches the visibility fixpoint.
VisibilityGraph build_visibility_graph(const Bank& bank, const std::vector<ShowIfReads>& reads);

}  // namespace core
