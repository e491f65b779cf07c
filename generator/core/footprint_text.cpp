#include "core/footprint_text.h"

#include "core/suggest.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace core::footprint_text {

std::string format_number(double value, const std::string& decimal, const std::string& group) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value < 0 ? "-\u221e" : "\u221e";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.10g", value);
  std::string s(buf);
  const size_t dot = s.find('.');
  if (s.find('e') != std::string::npos) return dot == std::string::npos ? s : s.replace(dot, 1, decimal);
  std::string sign;
  if (!s.empty() && s[0] == '-') {
    sign = "-";
    s.erase(0, 1);
  }
  const size_t point = s.find('.');
  std::string integer = s.substr(0, point);
  std::string fraction = point == std::string::npos ? "" : decimal + s.substr(point + 1);
  // Four-digit numbers stay whole ("2026", "1000"), as French and English typesetting both do.
  std::string grouped;
  for (size_t i = 0; i < integer.size(); ++i) {
    if (i > 0 && (integer.size() - i) % 3 == 0 && integer.size() > 4) grouped += group;
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

size_t display_width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace core::footprint_text
