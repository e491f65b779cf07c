#include "load/content_loader.h"

#include <algorithm>
#include <map>

#include "load/front_matter.h"
#include "load/utf8.h"
#include "load/yaml_json.h"
#include "parallel/parallel_for.h"
#include "text/strings.h"
#include "load/unknown_members.h"

namespace load {

namespace {

std::string page_url(const std::string& rel_path) {
  return rel_path.substr(0, rel_path.size() - 3) + ".html";
}

std::string ascii_lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// Two pages whose output paths differ only by case (a.md and A.md) build on Linux, but on the
// case-insensitive disks of Windows and macOS, where the site is often opened or copied, one
// silently replaces the other (and links to it lead to the wrong page). Both are reported.
void report_case_collisions(const std::vector<model::Page>& pages, diag::Diagnostics& diags) {
  std::map<std::string, const model::Page*> seen;
  for (const model::Page& page : pages) {
    auto inserted = seen.emplace(ascii_lower(page.url), &page);
    if (inserted.second) continue;
    const model::Page& first = *inserted.first->second;
    diags.error({page.file, 0, 0},
                "page '" + page.rel_path + "' collides with '" + first.rel_path +
                    "': on a case-insensitive disk (Windows, macOS) both are written to " +
                    inserted.first->first,
                {"rename one of them; page file names are best in lower case"});
  }
}

}  // namespace

model::YamlDocument read_yaml_source(const FileSystem& fs, const std::string& path, diag::Diagnostics& diags) {
  std::string text;
  if (!read_source(fs, path, text, diags)) {
    model::YamlDocument unread;
    unread.file = path;
    return unread;
  }
  diags.add_source(path, text);
  return parse_yaml(path, text, diags);
}

bool read_source(const FileSystem& fs, const std::string& path, std::string& text,
                 diag::Diagnostics& diags) {
  std::string error;
  const long long size = fs.read_up_to(path, kMaxSourceBytes, text, error);
  if (size < 0) {
    diags.error({path, 0, 0}, "cannot read file: " + error);
    return false;
  }
  if (size > kMaxSourceBytes) {
    // Rounded up to a tenth, so that a file just over the limit never reads "8 MB; the limit is 8".
    const long long tenths = (size * 10 + 1024 * 1024 - 1) / (1024 * 1024);
    const std::string mb = std::to_string(tenths / 10) + (tenths % 10 ? "." + std::to_string(tenths % 10) : "");
    diags.error({path, 0, 0}, "file is too large (" + mb + " MB; the limit is " +
                                  std::to_string(kMaxSourceBytes / (1024 * 1024)) + " MB)",
                {"is it really a page or a bank? move other files out of content/"});
    return false;
  }
  Utf8Error bad = find_invalid_utf8(text);
  if (bad.found) {
    diags.error({path, bad.line, bad.col}, "invalid UTF-8 byte sequence",
                {"save the file as UTF-8 (it may be in Latin-1 or Windows-1252)"});
    return false;
  }
  // Windows editors may start a file with a byte-order mark: drop it, so that columns on the
  // first line count from the first visible character, as the editor shows them.
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  return true;
}

namespace {

// The YAML files of `dir` (banks/, documents/), each as a T {file, id, doc}: read with the checks
// every source gets, parsed with positions; `id` is the document's own when it has one.
template <class T>
std::vector<T> read_yaml_sources(const FileSystem& fs, const std::string& dir, diag::Diagnostics& diags) {
  std::vector<T> out;
  if (!fs.is_directory(dir)) return out;
  for (const std::string& rel : fs.list_files(dir)) {
    if (!text::ends_with(rel, ".yaml") && !text::ends_with(rel, ".yml")) continue;
    T source;
    source.file = join_path(dir, rel);
    std::string text;
    if (!read_source(fs, source.file, text, diags)) continue;
    source.doc = parse_yaml(source.file, text, diags);
    if (!source.doc.ok) continue;
    const auto& value = source.doc.value;
    if (value.is_object() && value.contains("id") && value["id"].is_string()) source.id = value["id"].template get<std::string>();
    out.push_back(std::move(source));
  }
  return out;
}

}  // namespace

model::Site load_site(const FileSystem& fs, const std::string& content_dir,
                      diag::Diagnostics& diags) {
  model::Site site;
  site.content_dir = content_dir;
  if (!fs.is_directory(content_dir)) {
    diags.error({content_dir, 0, 0}, "content folder not found",
                {"run from the project folder, or pass --content DIR"});
    return site;
  }

  const std::string config_path = join_path(content_dir, "site.yaml");
  if (fs.is_file(config_path)) {
    std::string text;
    if (read_source(fs, config_path, text, diags)) {
      site.config_doc = parse_yaml(config_path, text, diags);
      if (site.config_doc.ok && site.config_doc.value.is_object()) {
        site.config = site.config_doc.value;
        static const std::vector<std::string> keys = {"title", "tagline", "footer", "logo",
                                                      "base_url", "colors", "dates_max_age_days",
                                                      "audiences", "footer_pages"};
        report_unknown_members(site.config_doc, site.config, "", keys, diags,
                               {"site.yaml key", " (ignored)", {}, diag::Severity::warning});
      } else if (site.config_doc.ok && !site.config_doc.value.is_null()) {
        diags.error({config_path, 1, 1}, "site.yaml must be a list of 'key: value' lines");
      }
    }
  }

  // Query-side synonyms of the search, checked by index/search_synonyms_check.h.
  const std::string synonyms_path = join_path(content_dir, "search-synonyms.yaml");
  if (fs.is_file(synonyms_path)) {
    std::string text;
    if (read_source(fs, synonyms_path, text, diags)) site.synonyms_doc = parse_yaml(synonyms_path, text, diags);
  }

  std::string pages_dir = join_path(content_dir, "pages");
  if (!fs.is_directory(pages_dir)) pages_dir = content_dir;
  for (const std::string& rel : fs.list_files(pages_dir)) {
    if (!text::ends_with(rel, ".md") || (pages_dir == content_dir && rel == "README.md")) continue;
    model::Page page;
    page.file = join_path(pages_dir, rel);
    page.rel_path = rel;
    page.url = page_url(rel);
    site.pages.push_back(std::move(page));
  }
  report_case_collisions(site.pages, diags);

  // Reading and parsing front matter is independent per page: pages are handed out to every core
  // one at a time (their sizes vary).
  std::vector<char> usable(site.pages.size(), 0);
  parallel::for_each_index(site.pages.size(), [&](size_t i) {
    model::Page& page = site.pages[i];
    std::string text;
    usable[i] = read_source(fs, page.file, text, diags) && read_page(std::move(text), page, diags);
  }, 64);
  std::vector<model::Page> kept;
  for (size_t i = 0; i < site.pages.size(); ++i) {
    if (usable[i] && !site.pages[i].draft) kept.push_back(std::move(site.pages[i]));
  }
  site.pages = std::move(kept);
  if (site.pages.empty() && !diags.has_errors()) {
    diags.error({pages_dir, 0, 0}, "no pages found",
                {"add Markdown files (with front matter) under " + pages_dir});
  }

  // Banks, and the documents drawn from them (check/document_check.h): YAML files with an id.
  if (pages_dir != content_dir) {
    site.banks = read_yaml_sources<model::Bank>(fs, join_path(content_dir, "banks"), diags);
    site.documents = read_yaml_sources<model::DocumentSource>(fs, join_path(content_dir, "documents"), diags);
  }
  return site;
}

}  // namespace load
