#include "render/slug.h"

#include <array>
#include <cstdint>
#include <string>

namespace render {

namespace {

// ASCII replacement for a code point of Latin-1 Supplement or Latin Extended-A, or nullptr.
const char* fold(uint32_t cp) {
  // U+00C0..U+00FF: the accented letters of Latin-1, already lower-cased by the caller.
  static const char* const latin1[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "y"};
  if (cp >= 0xC0 && cp <= 0xFF) return latin1[cp - 0xC0];
  switch (cp) {
    case 0x152: case 0x153: return "oe";
    case 0x178: return "y";
    case 0x160: case 0x161: return "s";
    case 0x17D: case 0x17E: return "z";
    case 0x141: case 0x142: return "l";
    case 0x2019: case 0x2018: case 0x2032: return nullptr;  // apostrophes separate words
    default: break;
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    // Latin Extended-A, one base letter per code point (U+0132/U+0133 "ĳ" and U+0152/U+0153 "œ"
    // are handled as pairs: 'i'+'j' here, "oe" above).
    static const char kBases[] = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiijjjkkkllllllllllnnnnnnnnnooooooOOrrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    static const std::array<std::string, 128> kFolded = [] {
      std::array<std::string, 128> out;
      for (size_t k = 0; k < out.size(); ++k) out[k] = std::string(1, kBases[k]);
      out[0x32] = out[0x33] = "ij";
      return out;
    }();
    return kFolded[cp - 0x100].c_str();
  }
  return nullptr;
}

}  // namespace

std::string slugify(const std::string& text) {
  std::string out;
  bool pending_dash = false;
  out.reserve(text.size());
  auto emit = [&](const char* s) {
    if (pending_dash && !out.empty()) out += '-';
    pending_dash = false;
    out += s;
  };
  auto emit_char = [&](char c) {  // the common case: no string to measure
    if (pending_dash && !out.empty()) out += '-';
    pending_dash = false;
    out += c;
  };
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size(), i = 0;
  while (i < n) {
    uint32_t cp = s[i];
    size_t len = 1;
    if (cp >= 0xF0 && i + 3 < n) { cp = ((cp & 0x07) << 18) | ((s[i+1] & 0x3F) << 12) | ((s[i+2] & 0x3F) << 6) | (s[i+3] & 0x3F); len = 4; }
    else if (cp >= 0xE0 && i + 2 < n) { cp = ((cp & 0x0F) << 12) | ((s[i+1] & 0x3F) << 6) | (s[i+2] & 0x3F); len = 3; }
    else if (cp >= 0xC0 && i + 1 < n) { cp = ((cp & 0x1F) << 6) | (s[i+1] & 0x3F); len = 2; }
    i += len;
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        emit_char(c);
      } else {
        pending_dash = true;
      }
      continue;
    }
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) cp += 0x20;  // Latin-1 upper → lower
    const char* folded = fold(cp);
    if (folded) emit(folded);
    else pending_dash = true;
  }
  return out.empty() ? "section" : out;
}

}  // namespace render
