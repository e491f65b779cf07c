#include "layout/templates.h"

#include <memory>
#include <mutex>

namespace layout {

namespace {

using Mustache = kainjow::mustache::mustache;
using BasicData = kainjow::mustache::basic_data<std::string>;

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// HTML escaping without "&apos;": apostrophes are everywhere in French and harmless in text
// and in double-quoted attributes, which is all the templates use.
std::string escape_text(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else out += c;
  }
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
    for (const BasicData* item : items_) {
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

}  // namespace

bool Templates::load(const load::FileSystem& fs, const std::string& dir,
                     const std::vector<std::string>& required, diag::Diagnostics& diags) {
  size_t errors = diags.error_count();
  if (!fs.is_directory(dir)) {
    diags.error({dir, 0, 0}, "templates folder not found", {"pass --templates DIR"});
    return false;
  }
  for (const std::string& rel : fs.list_files(dir)) {
    if (!ends_with(rel, ".mustache")) continue;
    const std::string path = load::join_path(dir, rel);
    std::string text, error;
    if (!fs.read(path, text, error)) {
      diags.error({path, 0, 0}, "cannot read template: " + error);
      continue;
    }
    const bool partial = rel.compare(0, 9, "partials/") == 0;
    std::string name = rel.substr(partial ? 9 : 0);
    name = name.substr(0, name.size() - 9);
    Mustache parsed(text);
    if (!parsed.is_valid()) {
      diags.error({path, 0, 0}, "template syntax: " + parsed.error_message());
      continue;
    }
    diags.add_source(path, text);
    (partial ? partials_ : sources_)[name] = text;
    files_[name] = path;
  }
  for (const std::string& name : required) {
    if (!sources_.count(name)) {
      diags.error({load::join_path(dir, name + ".mustache"), 0, 0}, "missing template '" + name + "'",
                  {"the site needs templates: base, page, tool, 404 and partials/"});
    }
  }
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
  Mustache parsed(it->second);
  parsed.set_custom_escape(escape_text);
  RecordingContext context(&ctx, &partial_data_, "partials/" + name, unknown);
  return parsed.render(context);
}

std::string Templates::render(const std::string& name, const Data& ctx,
                              std::vector<std::string>& unknown) const {
  // Parsed templates are cached per thread: kainjow's render is not const.
  thread_local std::map<const Templates*, std::map<std::string, std::unique_ptr<Mustache>>> cache;
  auto& mine = cache[this];
  auto it = mine.find(name);
  if (it == mine.end()) {
    auto src = sources_.find(name);
    if (src == sources_.end()) {
      unknown.push_back("missing template '" + name + "'");
      return {};
    }
    it = mine.emplace(name, std::make_unique<Mustache>(src->second)).first;
    it->second->set_custom_escape(escape_text);
  }
  auto file = files_.find(name);
  RecordingContext context(&ctx, &partial_data_, file == files_.end() ? name : file->second, unknown);
  return it->second->render(context);
}

}  // namespace layout
