#include "templating/row_template.h"

#include "text/html.h"

namespace templating {

namespace {

// A value's marker: control characters no template text holds, the value's index, and an '&'
// that tells, once drawn, whether the partial escaped it ("&amp;") or not.
constexpr char kOpen = '\x01';
constexpr char kClose = '\x02';
constexpr std::string_view kEscaped = "&amp;";

std::string marker(size_t index) { return std::string(1, kOpen) + std::to_string(index) + "&" + kClose; }

}  // namespace

RowTemplate::RowTemplate(const Templates& templates, const std::string& partial, const std::vector<std::string>& names,
                         std::vector<std::string>& unknown) {
  Data data;
  for (size_t i = 0; i < names.size(); ++i) data.set(names[i], marker(i));
  const std::string drawn = templates.render_partial(partial, data, unknown);
  size_t pos = 0;
  for (size_t open = drawn.find(kOpen); open != std::string::npos; open = drawn.find(kOpen, pos)) {
    const size_t close = drawn.find(kClose, open);
    if (close == std::string::npos) break;
    const std::string_view inside(drawn.data() + open + 1, close - open - 1);
    const size_t digits = inside.find('&');
    Piece piece{drawn.substr(pos, open - pos), std::stoi(std::string(inside.substr(0, digits))),
                inside.substr(digits) == kEscaped};
    pieces_.push_back(std::move(piece));
    pos = close + 1;
  }
  pieces_.push_back({drawn.substr(pos), -1, false});
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
