#include "core/footprint_text.h"

#include "core/suggest.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace core::footprint_text {

std::string number_fr(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value < 0 ? "-infini" : "infini";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.10g", value);
  std::string s(buf);
  if (s.find('e') != std::string::npos) {
    std::replace(s.begin(), s.end(), '.', ',');
    return s;
  }
  std::string sign;
  if (!s.empty() && s[0] == '-') {
    sign = "-";
    s.erase(0, 1);
  }
  size_t dot = s.find('.');
  std::string integer = s.substr(0, dot);
  std::string fraction = dot == std::string::npos ? "" : "," + s.substr(dot + 1);
  std::string grouped;
  for (size_t i = 0; i < integer.size(); ++i) {
    if (i > 0 && (integer.size() - i) % 3 == 0 && integer.size() > 4) grouped += "\u00a0";
    grouped += integer[i];
  }
  return sign + grouped + fraction;
}

std::string lower(const std::string& s) {
  std::string out = s;
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

using core::edit_distance;

std::vector<std::string> closest(const std::string& word, const std::vector<std::string>& candidates,
                                 size_t max) {
  const std::string w = lower(word);
  struct Scored {
    size_t score;
    size_t order;
    std::string name;
  };
  std::vector<Scored> scored;
  for (size_t i = 0; i < candidates.size(); ++i) {
    const std::string c = lower(candidates[i]);
    size_t d = edit_distance(w, c);
    // Hardware names are often typed in part ("a100" for "a100-sxm"): a containment is close.
    bool contains = !w.empty() && (c.find(w) != std::string::npos || w.find(c) != std::string::npos);
    size_t limit = std::max<size_t>(2, std::max(w.size(), c.size()) / 3);
    if (contains) d = std::min<size_t>(d, 1);
    if (d <= limit) scored.push_back({d, i, candidates[i]});
  }
  std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    return a.score != b.score ? a.score < b.score : a.order < b.order;
  });
  std::vector<std::string> out;
  for (const auto& s : scored) {
    if (out.size() == max) break;
    out.push_back(s.name);
  }
  return out;
}

std::string quoted_list(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += (i + 1 == items.size()) ? " ou " : ", ";
    out += "\u00ab\u00a0" + items[i] + "\u00a0\u00bb";
  }
  return out;
}

size_t display_width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace core::footprint_text
