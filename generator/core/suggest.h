#pragma once
// "Did you mean" for core's own messages. The diag stage has its own; core cannot link it because
// core is also compiled alone to WebAssembly.
#include <string>
#include <vector>

namespace core {

/// The candidate closest to `word` by edit distance, or "" when none is close enough to suggest.
std::string closest(const std::string& word, const std::vector<std::string>& candidates);

/// " (did you mean 'x'?)" or "" — ready to append to a message.
std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace core
