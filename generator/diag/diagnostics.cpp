#include "diag/diagnostics.h"

#include "core/suggest.h"

#include <algorithm>
#include <sstream>
#include <string_view>

namespace diag {

SourcePos position_at(const std::string& file, std::string_view text, size_t offset,
                      int first_line) {
  int line = first_line;
  size_t line_start = 0;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return {file, line, static_cast<int>(offset - line_start) + 1};
}

std::string format_pos(const SourcePos& pos) {
  std::string out = pos.file;
  if (pos.line > 0) {
    out += ':' + std::to_string(pos.line);
    if (pos.col > 0) out += ':' + std::to_string(pos.col);
  }
  return out;
}

void Diagnostics::add(Diagnostic d) {
  std::lock_guard<std::mutex> lock(mutex_);
  items_.push_back(std::move(d));
}

void Diagnostics::error(const SourcePos& pos, std::string message, std::vector<std::string> notes) {
  add({Severity::error, pos, std::move(message), std::move(notes)});
}

void Diagnostics::warning(const SourcePos& pos, std::string message,
                          std::vector<std::string> notes) {
  add({Severity::warning, pos, std::move(message), std::move(notes)});
}

void Diagnostics::add_source(const std::string& file, std::string text) {
  std::lock_guard<std::mutex> lock(mutex_);
  sources_[file] = std::move(text);
}

size_t Diagnostics::error_count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

size_t Diagnostics::warning_count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::warning; });
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> copy;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    copy = items_;
  }
  std::stable_sort(copy.begin(), copy.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.pos.file != b.pos.file) return a.pos.file < b.pos.file;
    if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
    if (a.pos.col != b.pos.col) return a.pos.col < b.pos.col;
    return a.message < b.message;
  });
  return copy;
}

namespace {

// Where each line of `text` starts (built once per file: a run can print thousands of errors).
std::vector<size_t> line_starts(const std::string& text) {
  std::vector<size_t> out = {0};
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') out.push_back(i + 1);
  }
  return out;
}

// The 1-based line `line` of `text`, without its end of line.
std::string_view line_of(const std::string& text, const std::vector<size_t>& starts, int line) {
  if (line < 1 || static_cast<size_t>(line) > starts.size()) return {};
  size_t start = starts[static_cast<size_t>(line) - 1];
  size_t end = static_cast<size_t>(line) < starts.size() ? starts[static_cast<size_t>(line)] - 1 : text.size();
  std::string_view out(text.data() + start, end - start);
  if (!out.empty() && out.back() == '\r') out.remove_suffix(1);
  return out;
}

// Columns count bytes (as yaml-cpp and cmark do); the caret line keeps tabs so it aligns.
std::string caret_line(const std::string& source_line, int col) {
  std::string out;
  for (int i = 0; i + 1 < col && i < static_cast<int>(source_line.size()); ++i) {
    unsigned char c = static_cast<unsigned char>(source_line[i]);
    if (c == '\t') out += '\t';
    else if ((c & 0xC0) != 0x80) out += ' ';  // one space per UTF-8 character, not per byte
  }
  return out + '^';
}

// Long lines (a Markdown paragraph is one line; a minified file is megabytes) are cut to about
// 100 characters around the column, with "…" where text was cut, so the caret stays readable.
// Works on a view: the long line is never copied.
std::string clip_around(std::string_view text, int& col) {
  const size_t width = 100;
  if (text.size() <= width + 20) return std::string(text);
  size_t at = col > 0 ? std::min(text.size(), static_cast<size_t>(col - 1)) : 0;
  size_t start = at > width / 2 ? at - width / 2 : 0;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  size_t end = std::min(text.size(), start + width);
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  if (col > 0) col = static_cast<int>(at - start) + 1 + (start > 0 ? 3 : 0);
  return (start > 0 ? "…" : "") + std::string(text.substr(start, end - start)) +
         (end < text.size() ? "…" : "");
}

}  // namespace

void Diagnostics::print(std::ostream& stream, const SourceReader& read_source) const {
  // std::cerr is unbuffered: one write per << made 100,000 errors take seconds. Buffer, and
  // hand over a block at a time.
  std::ostringstream out;
  std::map<std::string, std::string> sources;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    sources = sources_;
  }
  std::map<std::string, std::vector<size_t>> starts;
  for (const Diagnostic& d : sorted()) {
    out << format_pos(d.pos) << ": " << (d.severity == Severity::error ? "error" : "warning")
        << ": " << d.message << '\n';
    if (d.pos.line > 0) {
      auto src = sources.find(d.pos.file);
      if (src == sources.end()) {
        // Sources are read again only for the files that have a diagnostic: a large site is not
        // kept in memory just in case.
        std::string read;
        if (!read_source || !read_source(d.pos.file, read)) read.clear();
        if (read.compare(0, 3, "\xEF\xBB\xBF") == 0) read.erase(0, 3);  // as load::read_source
        src = sources.emplace(d.pos.file, std::move(read)).first;
      }
      auto index = starts.find(d.pos.file);
      if (index == starts.end()) index = starts.emplace(d.pos.file, line_starts(src->second)).first;
      int col = d.pos.col;
      const std::string text = clip_around(line_of(src->second, index->second, d.pos.line), col);
      if (!text.empty()) {
        out << "  " << text << '\n';
        if (col > 0) out << "  " << caret_line(text, col) << '\n';
      }
    }
    for (const std::string& note : d.notes) out << format_pos(d.pos) << ": note: " << note << '\n';
    if (out.tellp() > (1 << 16)) {
      stream << out.str();
      out.str("");
    }
  }
  stream << out.str();
  stream.flush();
}

std::string closest_match(const std::string& word, const std::vector<std::string>& candidates) {
  return core::closest(word, candidates);
}

}  // namespace diag
