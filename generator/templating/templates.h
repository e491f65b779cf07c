#pragma once
// Mustache templates (kainjow): parsed once from templates/ (read by the load stage), rendered per page from any thread, by
// the render stage (the tools' pages) and the layout stage (every page's chrome).
// A template that names a variable the context does not define is an error, not a silent blank.
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <kainjow/mustache.hpp>

#include "diag/diagnostics.h"
#include "model/template_sources.h"

namespace templating {

using Data = kainjow::mustache::data;
using List = kainjow::mustache::list;

/// A text for a {{#name}} section: the text, or false when it is empty (the section is left out).
inline Data text_or_false(const std::string& text) { return text.empty() ? Data(false) : Data(text); }

/// How the templates escape {{name}}: & < > " (no &apos;: French apostrophes stay as typed).
std::string escape_text(const std::string& s);

/// How the tools' templates (tools/*.mustache, filled by the render stage) escape {{name}}:
/// & < > " and ' (as &#39;), as the tools' HTML always has been; escape_text otherwise.
std::string escape_markup(const std::string& s);

/// True for the templates that escape with escape_markup: those below tools/.
bool is_tool_template(const std::string& name);

class Templates {
 public:
  /// Parses the templates folder as read (load/template_files.h): templates by path without
  /// extension ("page", "tools/question"), and partials/*.mustache as partials, used as
  /// {{> name}} (a template can be used as one too, {{> tools/question}}). Reports syntax errors;
  /// `required` names must exist ("partials/<name>" for a partial). Returns false on any error.
  bool compile(const model::TemplateSources& sources, const std::vector<std::string>& required,
               diag::Diagnostics& diags);

  bool has(const std::string& name) const { return sources_.count(name) > 0; }

  /// Renders template `name` with `ctx`. Names the context lacks are appended to `unknown`
  /// (as "template: name"), so the caller can report them. Thread-safe.
  std::string render(const std::string& name, const Data& ctx, std::vector<std::string>& unknown) const;
  /// Renders the partial `name` on its own (used for fragments cached across pages).
  std::string render_partial(const std::string& name, const Data& ctx,
                             std::vector<std::string>& unknown) const;

  /// One text of a "texts" template (a template holding words, one {{#name}}…{{/name}} section
  /// each): renders `name` with `which` set, every other of `names` unset, and `values`; trims
  /// the trailing blanks. A name the template has no text for is appended to `unknown`.
  std::string render_text(const std::string& name, const std::vector<const char*>& names, const char* which,
                          Data values, std::vector<std::string>& unknown) const;

  /// Turns an entry of `unknown` into a diagnostic at the tag itself (file:line:col of its first
  /// use, looked up in the file it was recorded in, then in every template and partial), with a
  /// "did you mean" among the names and partials the templates do use.
  void report_unknown(const std::string& entry, const std::string& dir,
                      diag::Diagnostics& diags) const;

 private:
  std::map<std::string, std::string> sources_;   // name → text
  std::map<std::string, std::string> partials_;  // name → text
  std::map<std::string, std::string> files_;     // name → path, for messages
  std::map<std::string, std::string> texts_;     // path → text of every template and partial
  std::set<std::string> invalid_;                // names that failed to parse (already reported)
  uint64_t generation_ = 0;  // distinguishes loads in the per-thread parse cache
  std::string inline_partials(const std::string& text, int depth) const;
  // Renders `source` (a template, or a partial: `key` tells them apart in the per-thread cache of
  // parsed texts) with `escape`; unknown names are recorded against `file`.
  std::string render_parsed(const std::string& key, const std::string& source, std::string (*escape)(const std::string&),
                            const std::string& file, const Data& ctx, std::vector<std::string>& unknown) const;
  Data partial_data_;                            // every partial, as mustache partial objects
};

}  // namespace templating
