#include "templating/templates.h"

#include <cstring>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>

#include "text/html.h"
#include "text/typography_html.h"

namespace templating {

namespace {

// `rel` inside the templates folder `dir`, as messages name a file to create.
std::string in_folder(const std::string& dir, const std::string& rel) {
  if (dir.empty() || dir == ".") return rel;
  return dir.back() == '/' ? dir + rel : dir + "/" + rel;
}

using Mustache = kainjow::mustache::mustache;
using BasicData = kainjow::mustache::basic_data<std::string>;

// The template with each comment emptied ({{! … }} → {{!}}): it renders the same (an empty comment
// keeps its place, so a line it stood alone on still goes), and the typography never reads a
// comment, whose '<id>' or quotes would pass for markup and throw off its reading of the tags.
std::string without_comment_text(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  size_t at = 0;
  for (size_t open = text.find("{{!"); open != std::string::npos; open = text.find("{{!", at)) {
    const size_t close = text.find("}}", open + 3);
    if (close == std::string::npos) break;  // unterminated: the parser has reported it
    out.append(text, at, open + 3 - at);
    at = close;
  }
  out.append(text, at, std::string::npos);
  return out;
}

// A context that looks names up like kainjow's own, and remembers the ones nobody defines.
class RecordingContext : public kainjow::mustache::basic_context<std::string> {
 public:
  RecordingContext(const BasicData* data, const BasicData* partials, const std::string& name,
                   std::vector<std::string>& unknown)
      : partials_(partials), name_(name), unknown_(unknown) {
    push(data);
  }
  void push(const BasicData* data) override { items_.insert(items_.begin(), data); }
  void pop() override { items_.erase(items_.begin()); }

  const BasicData* get(const std::string& name) const override {
    if (name == ".") return items_.front();
    const bool dotted = name.find('.') != std::string::npos;
    for (const BasicData* item : items_) {
      if (!dotted) {  // the usual case: one lookup, no copy of the name
        if (const BasicData* var = item->is_object() ? item->get(name) : nullptr) return var;
        continue;
      }
      const BasicData* var = item;
      size_t start = 0;
      while (var && start <= name.size()) {
        size_t dot = name.find('.', start);
        var = var->is_object() ? var->get(name.substr(start, dot - start)) : nullptr;
        if (dot == std::string::npos) break;
        start = dot + 1;
      }
      if (var) return var;
    }
    unknown_.push_back(name_ + ": {{" + name + "}}");
    return nullptr;
  }

  const BasicData* get_partial(const std::string& name) const override {
    const BasicData* p = partials_->get(name);
    if (!p) unknown_.push_back(name_ + ": {{> " + name + "}}");
    return p;
  }

 private:
  std::vector<const BasicData*> items_;
  const BasicData* partials_;
  std::string name_;
  std::vector<std::string>& unknown_;
};

// kainjow renders into any type with operator<<: straight into a string, rather than through the
// std::ostringstream of its string-returning overload (its growth, then a copy of the result).
struct StringSink {
  std::string text;
  StringSink& operator<<(const std::string& part) {
    text += part;
    return *this;
  }
};

// A tag as written: "{{", an optional sigil, the name between optional spaces, "}}".
struct Tag {
  size_t offset;
  char sigil;  // 0, '#', '^', '/', '&', '{' or '>'
  std::string name;
};

std::vector<Tag> scan_tags(const std::string& text) {
  std::vector<Tag> out;
  for (size_t at = text.find("{{"); at != std::string::npos; at = text.find("{{", at + 2)) {
    size_t i = at + 2;
    char sigil = 0;
    if (i < text.size() && std::string("#^/&{>").find(text[i]) != std::string::npos) sigil = text[i++];
    while (i < text.size() && text[i] == ' ') ++i;
    size_t end = text.find("}}", i);
    if (end == std::string::npos) break;
    std::string name = text.substr(i, end - i);
    while (!name.empty() && (name.back() == ' ' || name.back() == '}')) name.pop_back();
    if (!name.empty() && name.find_first_of(" \n{") == std::string::npos) out.push_back({at, sigil, name});
  }
  return out;
}

}  // namespace

// HTML escaping without "&apos;": apostrophes are everywhere in French and harmless in text
// and in double-quoted attributes, which is all the templates use.
std::string escape_text(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 16);
  text::append_escaped_html(out, s, false);
  return out;
}

std::string escape_markup(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 16);
  text::append_escaped_html(out, s, true);
  return out;
}

bool is_tool_template(const std::string& name) { return name.compare(0, 6, "tools/") == 0; }

void Templates::report_unknown(const std::string& entry, const std::string& dir,
                               diag::Diagnostics& diags) const {
  // Entries read "<file>: {{name}}" or "<file>: {{> name}}" (see RecordingContext).
  size_t sep = entry.find(": {{");
  if (sep == std::string::npos) {
    diags.error({dir, 0, 0}, entry);
    return;
  }
  const std::string recorded_in = entry.substr(0, sep);
  const bool partial = entry.compare(sep + 4, 2, "> ") == 0;
  std::string name = entry.substr(sep + 4 + (partial ? 2 : 0));
  if (name.size() >= 2) name.erase(name.size() - 2);  // the closing "}}"

  diag::SourcePos pos{recorded_in, 0, 0};
  bool found = false;
  // "{{title}</h1>...{{x}}" parses as one tag named "title}</h1>...{{x": a tag closed with a
  // single '}'. Say that, at the tag, rather than quoting the whole run as a name.
  if (name.find_first_of("{}\n") != std::string::npos) {
    const std::string written = "{{" + std::string(partial ? "> " : "") + name;
    for (const auto& kv : texts_) {
      size_t at = kv.second.find(written);
      if (at == std::string::npos) continue;
      if (!found || kv.first == recorded_in) pos = diag::position_at(kv.first, kv.second, at);
      found = true;
    }
    std::string shown = name.substr(0, name.find_first_of("}\n"));
    diags.error(pos, "template tag '{{" + shown + "' is not closed with '}}'",
                {"a tag is written {{name}}; here the next '}}' is further on, so everything in "
                 "between was read as the name"});
    return;
  }
  std::vector<std::string> used;  // names of the other tags, for a suggestion
  auto search = [&](const std::string& file, const std::string& text) {
    for (const Tag& tag : scan_tags(text)) {
      const bool is_partial = tag.sigil == '>';
      if (is_partial != partial) continue;
      if (tag.name == name) {
        if (!found) pos = diag::position_at(file, text, tag.offset);
        found = true;
      } else if (!partial) {
        used.push_back(tag.name);
      }
    }
  };
  auto first = texts_.find(recorded_in);
  if (first != texts_.end()) search(first->first, first->second);
  for (const auto& kv : texts_) {
    if (kv.first != recorded_in) search(kv.first, kv.second);
  }
  std::vector<std::string> notes;
  if (partial) {
    std::vector<std::string> names;
    for (const auto& kv : partials_) names.push_back(kv.first);
    std::string guess = diag::closest_match(name, names);
    if (!guess.empty()) notes.push_back("did you mean '{{> " + guess + "}}'?");
    notes.push_back("partials are the files in " + in_folder(dir, "partials/"));
    diags.error(pos, "missing partial '" + name + "' (no file " +
                         in_folder(dir, "partials/" + name + ".mustache") + ")",
                std::move(notes));
    return;
  }
  std::string guess = diag::closest_match(name, used);
  if (!guess.empty()) notes.push_back("did you mean '{{" + guess + "}}'?");
  notes.push_back("the generator does not define this name for this page; fix the name or "
                  "remove it from the template");
  diags.error(pos, "template uses an undefined name '{{" + name + "}}'", std::move(notes));
}

bool Templates::compile(const model::TemplateSources& sources, const std::vector<std::string>& required,
                        diag::Diagnostics& diags) {
  const size_t errors = diags.error_count();
  if (!sources.found) return false;  // reported where it was read
  for (const model::TemplateFile& file : sources.files) {
    const std::string& path = file.path;
    const std::string& text = file.text;
    const std::string& rel = file.name;
    const bool partial = rel.compare(0, 9, "partials/") == 0;
    const std::string name = rel.substr(partial ? 9 : 0);
    Mustache parsed(text);
    if (!parsed.is_valid()) {
      // kainjow ends its messages with " at <byte offset>": turn that into line:col.
      std::string message = parsed.error_message();
      diag::SourcePos pos{path, 0, 0};
      size_t at = message.rfind(" at ");
      if (at != std::string::npos &&
          message.find_first_not_of("0123456789", at + 4) == std::string::npos && at + 4 < message.size()) {
        pos = diag::position_at(path, text, std::stoul(message.substr(at + 4)));
        message.erase(at);
      }
      diags.error(pos, "template syntax: " + message);
      invalid_.insert(partial ? "partials/" + name : name);  // exists: not "missing" as well
      continue;
    }
    texts_[path] = text;  // as written: diagnostics point into it
    // French typography on the templates' own words, once (text/typography_html.h). Not on the
    // tools' templates: they draw pieces of tool pages and document scripts (a tag name may be a
    // {{name}}), which the render stage typesets once drawn, where every tag is a whole tag.
    const bool tool_piece = name.compare(0, 6, "tools/") == 0;
    (partial ? partials_ : sources_)[name] = tool_piece ? text : text::typeset_html(without_comment_text(text));
    files_[name] = path;
  }
  for (const std::string& name : required) {
    const bool partial = name.compare(0, 9, "partials/") == 0;
    const bool present = partial ? partials_.count(name.substr(9)) > 0 : sources_.count(name) > 0;
    if (!present && !invalid_.count(name)) {
      diags.error({in_folder(sources.dir, name + ".mustache"), 0, 0}, "missing template '" + name + "'",
                  {"the site needs templates: base, page, tool, 404 and partials/"});
    }
  }
  static std::atomic<uint64_t> generations{0};
  generation_ = ++generations;
  for (const auto& kv : partials_) {
    const std::string text = kv.second;
    partial_data_.set(kv.first, kainjow::mustache::partial([text] { return text; }));
  }
  return diags.error_count() == errors;
}

std::string Templates::render_partial(const std::string& name, const Data& ctx,
                                     std::vector<std::string>& unknown) const {
  auto it = partials_.find(name);
  if (it == partials_.end()) {
    unknown.push_back("missing partial '" + name + "'");
    return {};
  }
  // Partials it uses pasted in, as for templates: their lines then read as if written in place.
  // Parsed once per thread, as templates are (a large site's menus render hundreds of times).
  return render_parsed(" partial " + name, it->second, escape_text, "partials/" + name, ctx, unknown);
}

std::string Templates::inline_partials(const std::string& text, int depth) const {
  // kainjow parses a partial's text again each time it renders it; pages render seven partials,
  // so known partials are pasted into the template once, before it is parsed.
  if (depth > 8) return text;
  std::string out;
  size_t pos = 0;
  while (true) {
    size_t open = text.find("{{>", pos);
    if (open == std::string::npos) break;
    size_t close = text.find("}}", open);
    if (close == std::string::npos) break;
    std::string name = text.substr(open + 3, close - open - 3);
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    const std::string* partial = nullptr;
    auto found = partials_.find(name);
    if (found != partials_.end()) partial = &found->second;
    else if ((found = sources_.find(name)) != sources_.end()) partial = &found->second;  // a template
    out.append(text, pos, open - pos);
    if (!partial) {
      out.append(text, open, close + 2 - open);  // left for the renderer to report
    } else {
      std::string body = inline_partials(*partial, depth + 1);
      // A partial file ends with a newline that the tag's own line already has.
      if (!body.empty() && body.back() == '\n' && close + 2 < text.size() && text[close + 2] == '\n') {
        body.pop_back();
      }
      out += body;
    }
    pos = close + 2;
  }
  out.append(text, pos, std::string::npos);
  return out;
}

std::string Templates::render_text(const std::string& name, const std::vector<const char*>& names,
                                   const char* which, Data values, std::vector<std::string>& unknown) const {
  for (const char* n : names) values.set(n, std::strcmp(n, which) == 0);
  std::string out = render(name, values, unknown);
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  if (out.empty()) unknown.push_back(name + ": no text for {{#" + which + "}}");
  return out;
}

std::string Templates::render(const std::string& name, const Data& ctx,
                              std::vector<std::string>& unknown) const {
  auto src = sources_.find(name);
  if (src == sources_.end()) {
    unknown.push_back("missing template '" + name + "'");
    return {};
  }
  auto file = files_.find(name);
  return render_parsed(name, src->second, is_tool_template(name) ? escape_markup : escape_text,
                       file == files_.end() ? name : file->second, ctx, unknown);
}

std::string Templates::render_parsed(const std::string& key, const std::string& source,
                                     std::string (*escape)(const std::string&), const std::string& file,
                                     const Data& ctx, std::vector<std::string>& unknown) const {
  // Parsed templates are cached per thread: kainjow's render is not const.
  // Keyed by load generation, not address: a later Templates may live where an old one did.
  struct Parsed {
    std::unique_ptr<Mustache> mustache;
    size_t last_size = 0;  // a page is about as long as the previous one: reserve, not regrow
  };
  thread_local std::map<uint64_t, std::map<std::string, Parsed>> cache;
  auto& mine = cache[generation_];
  auto it = mine.find(key);
  if (it == mine.end()) {
    it = mine.emplace(key, Parsed{std::make_unique<Mustache>(inline_partials(source, 0))}).first;
    it->second.mustache->set_custom_escape(escape);
  }
  RecordingContext context(&ctx, &partial_data_, file, unknown);
  StringSink sink;
  sink.text.reserve(it->second.last_size + it->second.last_size / 8);
  it->second.mustache->render(context, sink);
  it->second.last_size = sink.text.size();
  return std::move(sink.text);
}

}  // namespace templating
