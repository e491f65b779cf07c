#pragma once
// Diagnostics as compilers print them: `file:line:col: error: message`, then the source line and a
// caret, then notes. Every stage reports into one Diagnostics so a run lists all its errors at once.
#include <functional>
#include <map>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace diag {

/// A position in a source file; line and col are 1-based (col counts bytes, as GCC and yaml-cpp
/// do), 0 means "unknown" (whole file).
struct SourcePos {
  std::string file;
  int line = 0;
  int col = 0;
};

inline bool operator==(const SourcePos& a, const SourcePos& b) {
  return a.line == b.line && a.col == b.col && a.file == b.file;
}
inline bool operator!=(const SourcePos& a, const SourcePos& b) { return !(a == b); }

/// The position of byte `offset` of `text`, the contents of `file` from line `first_line` on.
SourcePos position_at(const std::string& file, std::string_view text, size_t offset,
                      int first_line = 1);

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  SourcePos pos;
  std::string message;
  std::vector<std::string> notes;  // printed as `file:line:col: note: ...` lines
};

/// Reads a file's text for a printed diagnostic's quoted line (load::source_reader gives one that
/// reads through the build's FileSystem); false when it cannot.
using SourceReader = std::function<bool(const std::string& file, std::string& text)>;

/// Collects diagnostics from every stage (thread-safe), then prints them sorted by position.
class Diagnostics {
 public:
  void error(const SourcePos& pos, std::string message, std::vector<std::string> notes = {});
  void warning(const SourcePos& pos, std::string message, std::vector<std::string> notes = {});

  /// Registers a file's text so that printed diagnostics quote the offending line.
  void add_source(const std::string& file, std::string text);

  bool has_errors() const;
  size_t error_count() const;
  size_t warning_count() const;
  /// A copy of every diagnostic, sorted by file, line, column (stable for equal positions).
  std::vector<Diagnostic> sorted() const;

  /// Prints every diagnostic GCC-style with the quoted line and a caret under the column. A file
  /// not registered with add_source is read with `read_source`, if given, else not quoted.
  void print(std::ostream& out, const SourceReader& read_source = nullptr) const;

 private:
  void add(Diagnostic d);
  mutable std::mutex mutex_;
  std::vector<Diagnostic> items_;
  std::map<std::string, std::string> sources_;
};

/// `file:line:col` (omitting what is unknown), as editors expect.
std::string format_pos(const SourcePos& pos);

/// The closest candidate to `word` by edit distance, or "" when none is close enough to suggest.
std::string closest_match(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace diag
