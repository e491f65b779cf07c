#include "templating/row_template.h"

#include "text/html.h"

namespace templating {

namespace {

// A value's marker: control characters no template text holds, the value's index, and an '&'
// that tells, once drawn, whether the partial escaped it ("&amp;") or not.
constexpr char kOpen = '\x01';
constexpr char kClose = '\x02';
constexpr std::string_view kRaw = "&";
constexpr std::string_view kEscaped = "&amp;";

std::string marker(size_t index) { return std::string(1, kOpen) + std::to_string(index) + "&" + kClose; }

// Reads the marker drawn at `at`: its index, whether it was escaped, and where it ends. False for
// anything else (a control character of the template's own text stays text).
bool read_marker(std::string_view drawn, size_t at, size_t& index, bool& escaped, size_t& end) {
  size_t i = at + 1;
  index = 0;
  while (i < drawn.size() && drawn[i] >= '0' && drawn[i] <= '9' && i - at <= 6) {
    index = index * 10 + static_cast<size_t>(drawn[i++] - '0');
  }
  if (i == at + 1) return false;
  for (const std::string_view amp : {kEscaped, kRaw}) {
    if (drawn.compare(i, amp.size(), amp) == 0 && i + amp.size() < drawn.size() && drawn[i + amp.size()] == kClose) {
      escaped = amp == kEscaped;
      end = i + amp.size() + 1;
      return true;
    }
  }
  return false;
}

}  // namespace

RowTemplate::RowTemplate(const Templates& templates, const std::string& partial, const std::vector<std::string>& names,
                         std::vector<std::string>& unknown) {
  Data data;
  for (size_t i = 0; i < names.size(); ++i) data.set(names[i], marker(i));
  const std::string drawn = templates.render_partial(partial, data, unknown);
  std::string text;  // what is written before the next value
  for (size_t i = 0; i < drawn.size();) {
    size_t index = 0, end = 0;
    bool escaped = false;
    if (drawn[i] == kOpen && read_marker(drawn, i, index, escaped, end) && index < names.size()) {
      pieces_.push_back({std::move(text), static_cast<int>(index), escaped});
      text.clear();
      i = end;
    } else {
      text += drawn[i++];
    }
  }
  pieces_.push_back({std::move(text), -1, false});
}

void RowTemplate::append(std::string& out, std::initializer_list<std::string_view> values) const {
  for (const Piece& piece : pieces_) {
    out += piece.text;
    if (piece.value < 0 || static_cast<size_t>(piece.value) >= values.size()) continue;
    const std::string_view value = values.begin()[piece.value];
    if (piece.escaped) text::append_escaped_html(out, value, false);  // as escape_text
    else out += value;
  }
}

}  // namespace templating
