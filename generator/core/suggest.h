#pragma once
// "Did you mean" suggestions, shared by every stage: core is the lowest layer (it is also compiled
// alone to WebAssembly), so diag and the footprint messages build on this one implementation.
#include <cstddef>
#include <string>
#include <vector>

namespace core {

/// Levenshtein distance in bytes.
size_t edit_distance(const std::string& a, const std::string& b);

/// The candidate closest to `word` by edit distance, or "" when none is close enough to suggest.
std::string closest(const std::string& word, const std::vector<std::string>& candidates);

/// " (did you mean 'x'?)" or "" — ready to append to a message.
std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace core
