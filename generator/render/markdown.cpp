#include "render/markdown.h"
#include "text/html.h"
#include "text/site_url.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <string_view>

#include "render/cmark_arena.h"
#include "render/cmark_inline_chars.h"
#include "render/relative_link.h"
#include "render/slug.h"
#include "render/typography_cmark.h"

namespace render {

namespace {

// Safe mode (no CMARK_OPT_UNSAFE): raw HTML and javascript:/vbscript:/file:/data: URLs never
// reach the output. Smart punctuation gives French typographic apostrophes and quotes.
// UTF-8 is validated once by the load stage, so cmark does not check it again.
constexpr int kOptions = CMARK_OPT_SMART | CMARK_OPT_GITHUB_PRE_LANG;
const char* const kExtensions[] = {"table", "strikethrough", "autolink", "tasklist", "tagfilter"};

struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};

// A parser with the GFM extensions, allocating from `mem` (its nodes and buffers too).
std::unique_ptr<cmark_parser, ParserDeleter> make_parser(
    cmark_mem* mem = cmark_get_default_mem_allocator()) {
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new_with_mem(kOptions, mem));
  for (const char* name : kExtensions) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
  }
  return parser;
}

// The node type of a GFM table cell: an extension's type, numbered when the extension registers,
// found once by init_markdown (comparing type names for every node of every page costs more).
cmark_node_type table_cell_type = CMARK_NODE_NONE;

cmark_node_type find_table_cell_type(cmark_parser* parser) {
  const std::string table = "| a |\n|---|\n| b |\n";
  cmark_parser_feed(parser, table.data(), table.size());
  std::unique_ptr<cmark_node, NodeDeleter> doc(cmark_parser_finish(parser));
  cmark_node_type found = CMARK_NODE_NONE;
  cmark_iter* iter = cmark_iter_new(doc.get());
  while (cmark_iter_next(iter) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(iter);
    if (std::strcmp(cmark_node_get_type_string(n), "table_cell") == 0) found = cmark_node_get_type(n);
  }
  cmark_iter_free(iter);
  return found;
}

// True once cmark-gfm's inline special-character table is pinned (render/cmark_inline_chars.h):
// pages then parse fully in parallel.
std::atomic<bool> inline_chars_pinned{false};

// Parses a whole document. Unless the inline special-character table is pinned, the final,
// inline stage of parsing runs one page at a time (see render/cmark_inline_chars.h for why);
// feeding the blocks, rendering and everything else stay parallel.
cmark_node* parse_document(cmark_parser* parser, const std::string& markdown) {
  static std::mutex inline_table;
  cmark_parser_feed(parser, markdown.data(), markdown.size());
  std::unique_lock<std::mutex> lock(inline_table, std::defer_lock);
  if (!inline_chars_pinned.load(std::memory_order_acquire)) lock.lock();
  return cmark_parser_finish(parser);
}

// A Markdown text parsed into the calling thread's arena (render/cmark_arena.h): the parser, the
// tree and the rendered HTML buffer all live there, and are released with the arena when this
// object ends, rather than node by node.
class ArenaDocument {
 public:
  explicit ArenaDocument(const std::string& markdown)
      : parser_(make_parser(thread_arena()).release()), doc_(parse_document(parser_, markdown)) {}
  ArenaDocument(const ArenaDocument&) = delete;
  ArenaDocument& operator=(const ArenaDocument&) = delete;

  cmark_node* root() const { return doc_; }

  std::string html() const {
    char* html = cmark_render_html_with_mem(doc_, kOptions, cmark_parser_get_syntax_extensions(parser_),
                                            thread_arena());
    return std::string(html);  // the buffer goes with the arena
  }

 private:
  ArenaScope arena_;  // first member: ends after everything allocated from it
  cmark_parser* parser_;
  cmark_node* doc_;
};

bool is_internal(const std::string& url) {
  return url.compare(0, 2, "@/") == 0 || url.compare(0, 7, "@outil/") == 0;
}

// Concatenated literal text under `node` (headings, link labels).
std::string plain_text(cmark_node* node) {
  std::string out;
  cmark_iter* iter = cmark_iter_new(node);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* n = cmark_iter_get_node(iter);
    cmark_node_type t = cmark_node_get_type(n);
    if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE) out += cmark_node_get_literal(n);
    else if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK) out += ' ';
  }
  cmark_iter_free(iter);
  return out;
}

// Finds where link targets are written in the source, for diagnostics that point at them.
// Links come in document order, so a cursor moves forward through the text: a link written
// twice in one paragraph gets its own column (a search from the paragraph's start found the
// first one each time).
class SourceLocator {
 public:
  SourceLocator(const std::string& text, const std::string& file, int first_line)
      : text_(text), file_(file), first_line_(first_line) {
    // memchr, not a loop over the bytes: this runs over the whole text of every page with a link.
    line_starts_.push_back(0);
    const char* begin = text.data();
    const char* end = begin + text.size();
    for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\n', end - p))); ++p)
      line_starts_.push_back(static_cast<size_t>(p - begin) + 1);
  }

  /// Position of `needle`, searched from the start of line `from_line` (1-based, relative) or
  /// after the previous link, whichever is further.
  diag::SourcePos locate(const std::string& needle, int from_line) {
    size_t line_index = std::min<size_t>(std::max(from_line, 1) - 1, line_starts_.size() - 1);
    size_t block = line_starts_[line_index];
    size_t at = text_.find(needle, std::max(block, cursor_));
    if (at == std::string::npos) at = text_.find(needle, block);  // e.g. a reference definition
    if (at == std::string::npos) at = text_.find(needle);
    if (at == std::string::npos) return {file_, first_line_ + from_line - 1, 1};
    cursor_ = at + needle.size();
    size_t line = std::upper_bound(line_starts_.begin(), line_starts_.end(), at) - line_starts_.begin();
    // Columns count bytes, as yaml-cpp's and GCC's do; the printer places the caret per character.
    return {file_, first_line_ + static_cast<int>(line) - 1,
            static_cast<int>(at - line_starts_[line - 1]) + 1};
  }

 private:
  const std::string& text_;
  const std::string& file_;
  int first_line_;
  std::vector<size_t> line_starts_;
  size_t cursor_ = 0;
};

// Words are runs of anything but spaces, tabs and line breaks. Counted without branches on the
// bytes (a word starts where a space is followed by a non-space): this runs over every page's text.
int count_words(const std::string& text) {
  static constexpr auto kSpace = [] {
    std::array<unsigned char, 256> table{};
    for (unsigned char c : {' ', '\n', '\t', '\r'}) table[c] = 1;
    return table;
  }();
  int words = 0;
  unsigned char previous_space = 1;
  for (unsigned char c : text) {
    const unsigned char space = kSpace[c];
    words += previous_space & (space ^ 1);
    previous_space = space;
  }
  return words;
}

// Rewrites internal link targets to relative URLs and records them for the checker, one node at
// a time (the page walk calls it for every node it enters, so links cost no walk of their own).
class LinkRewriter {
 public:
  LinkRewriter(const std::string& markdown, const std::string& file, int first_line,
               const std::string& page_url, const LinkResolver& resolve,
               std::vector<model::InternalLink>* links)
      : markdown_(markdown), file_(file), first_line_(first_line), page_url_(page_url),
        resolve_(resolve), links_(links) {}

  /// Call for every node entered, in document order.
  void enter(cmark_node* n, cmark_node_type type) {
    const int line = cmark_node_get_start_line(n);
    const bool image = type == CMARK_NODE_IMAGE;
    if (type != CMARK_NODE_LINK && !image) {
      if (line > 0) block_line_ = line;
      return;
    }
    const char* raw = cmark_node_get_url(n);
    std::string url = raw ? raw : "";
    std::string written;  // a relative link as written, once resolved to `url`
    if (!is_internal(url)) {
      // Relative links are the pages' own (a bank's texts have no place among the pages).
      if (!links_) return;
      RelativeLink relative = classify_relative_link(url, page_url_);
      if (relative.kind == RelativeLink::Kind::asset) {  // checked, written as it is
        record(relative.target, url);
        return;
      }
      if (relative.kind != RelativeLink::Kind::page || image) return;
      written = url;
      url = relative.target;
    }
    if (image) return;  // an image of a page or a tool is not a link
    if (links_) record(url, written);
    cmark_node_set_url(n, internal_href(url, page_url_, resolve_).c_str());
  }

 private:
  // Keeps a link for the checker, at the position of its text as written.
  void record(const std::string& target, const std::string& written) {
    if (!locator_) locator_ = std::make_unique<SourceLocator>(markdown_, file_, first_line_);
    links_->push_back({target, locator_->locate(written.empty() ? target : written, block_line_),
                       written == target ? std::string() : written});
  }

  const std::string& markdown_;
  const std::string& file_;
  int first_line_;
  const std::string& page_url_;
  const LinkResolver& resolve_;
  std::vector<model::InternalLink>* links_;
  int block_line_ = 1;
  std::unique_ptr<SourceLocator> locator_;  // built on the first internal link only
};

// The whole tree through a LinkRewriter (snippets, which need nothing else from the walk).
void rewrite_links(cmark_node* doc, LinkRewriter& rewriter) {
  cmark_iter* iter = cmark_iter_new(doc);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* n = cmark_iter_get_node(iter);
    rewriter.enter(n, cmark_node_get_type(n));
  }
  cmark_iter_free(iter);
}

// Strips a trailing "{#custom-id}" from the heading's last text node; returns the id or "".
std::string take_custom_id(cmark_node* heading) {
  cmark_node* last = cmark_node_last_child(heading);
  if (!last || cmark_node_get_type(last) != CMARK_NODE_TEXT) return "";
  std::string text = cmark_node_get_literal(last);
  size_t open = text.rfind("{#");
  if (open == std::string::npos || text.empty() || text.back() != '}') return "";
  std::string id = text.substr(open + 2, text.size() - open - 3);
  if (id.empty() || id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-_") != std::string::npos) {
    return "";
  }
  text.erase(open);
  while (!text.empty() && text.back() == ' ') text.pop_back();
  cmark_node_set_literal(last, text.c_str());
  return id;
}

// Adds id="…" to the n-th <hN> opening tag, in document order (the renderer emits headings in
// the same order as the tree; raw HTML is omitted in safe mode so no other "<hN>" can appear).
std::string add_heading_ids(const std::string& html, const std::vector<model::Heading>& headings) {
  std::string out;
  out.reserve(html.size() + headings.size() * 32);
  size_t pos = 0, index = 0;
  while (index < headings.size()) {
    size_t at = html.find("<h", pos);
    if (at == std::string::npos) break;
    if (at + 3 < html.size() && html[at + 2] >= '1' && html[at + 2] <= '6' && html[at + 3] == '>') {
      out.append(html, pos, at + 3 - pos);
      out += " id=\"" + headings[index++].id + "\"";
      pos = at + 3;
    } else {
      out.append(html, pos, at + 2 - pos);
      pos = at + 2;
    }
  }
  out.append(html, pos, std::string::npos);
  return out;
}

// GFM task lists render as disabled checkboxes with no label, which screen readers announce as
// a bare "checkbox" (and axe flags). They are boxes to tick on paper: the site's markup for them
// (TaskBoxes) replaces them.
std::string label_task_boxes(std::string html, const TaskBoxes& boxes) {
  if (boxes.checked_html.empty() || html.find("<input type=\"checkbox\"") == std::string::npos) return html;
  const std::pair<const char*, const std::string*> replacements[] = {
      {"<input type=\"checkbox\" checked=\"\" disabled=\"\" />", &boxes.checked_html},
      {"<input type=\"checkbox\" disabled=\"\" />", &boxes.unchecked_html},
  };
  for (const auto& [from, to] : replacements) {
    const size_t length = std::char_traits<char>::length(from);
    for (size_t at = html.find(from); at != std::string::npos; at = html.find(from, at + to->size())) {
      html.replace(at, length, *to);
    }
  }
  return html;
}

}  // namespace

void init_markdown() {
  static std::once_flag once;
  std::call_once(once, [] {
    cmark_gfm_core_extensions_ensure_registered();
    inline_chars_pinned.store(pin_inline_special_chars(make_parser().get()));
    table_cell_type = find_table_cell_type(make_parser().get());
  });
}

bool markdown_parses_in_parallel() {
  init_markdown();
  return inline_chars_pinned.load();
}

namespace {

// "../" once per folder of `path`.
}  // namespace

std::string internal_href(const std::string& target, const std::string& page_url,
                          const LinkResolver& resolve) {
  const size_t hash = target.find('#');
  const std::string anchor = hash == std::string::npos ? "" : target.substr(hash);
  std::optional<std::string> resolved = resolve && !anchor.empty() ? resolve(target) : std::nullopt;
  if (!resolved && resolve) resolved = resolve(target.substr(0, hash));
  if (!resolved) return "#";
  if (resolved->empty()) return anchor;  // a link to an anchor of this page
  return text::relative_url(page_url, *resolved) + anchor;
}

RenderedMarkdown render_markdown(const std::string& markdown, const std::string& file,
                                 int first_line, const std::string& page_url,
                                 const LinkResolver& resolve, diag::Diagnostics& diags,
                                 const TaskBoxes& task_boxes) {
  init_markdown();
  RenderedMarkdown out;
  const ArenaDocument doc(markdown);

  // One walk: internal links made relative; headings given unique ids; the text below each
  // level-2/3 heading becomes a search section.
  LinkRewriter links(markdown, file, first_line, page_url, resolve, &out.links);
  std::map<std::string, int> used;
  model::PageSection current;
  cmark_iter* iter = cmark_iter_new(doc.root());
  cmark_event_type ev;
  bool in_heading = false;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(iter);
    cmark_node_type type = cmark_node_get_type(n);
    if (ev == CMARK_EVENT_ENTER) links.enter(n, type);
    // French typography, a paragraph or a cell at a time, before its text is read below.
    if (ev == CMARK_EVENT_ENTER && type != CMARK_NODE_HEADING && holds_inline_text(n)) typeset_inline_text(n);
    if (type == CMARK_NODE_HEADING) {
      if (ev == CMARK_EVENT_EXIT) {
        in_heading = false;
        continue;
      }
      in_heading = true;
      model::Heading h;
      h.level = cmark_node_get_heading_level(n);
      h.line = first_line + cmark_node_get_start_line(n) - 1;
      std::string custom = take_custom_id(n);
      // The anchor comes from the text as written: French typography must not move anchors.
      std::string base = custom.empty() ? slugify(plain_text(n)) : custom;
      typeset_inline_text(n);
      h.text = plain_text(n);
      int& count = used[base];
      h.id = count == 0 ? base : base + "-" + std::to_string(count);
      ++count;
      if (h.level == 1) {
        diags.warning({file, h.line, 1}, "level-1 heading in the page body",
                      {"the page title (front matter 'title') is the only level-1 heading; use '##'"});
      }
      if (h.level <= 3) {
        if (!current.text.empty() || !current.heading_id.empty()) out.sections.push_back(std::move(current));
        current = {h.id, h.text, ""};
      }
      out.headings.push_back(std::move(h));
      continue;
    }
    if (in_heading || ev != CMARK_EVENT_ENTER) {
      if (ev == CMARK_EVENT_EXIT && (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_ITEM ||
                                     type == CMARK_NODE_BLOCK_QUOTE)) {
        if (!current.text.empty() && current.text.back() != ' ') current.text += ' ';
      }
      continue;
    }
    if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK) {
      const char* lit = cmark_node_get_literal(n);
      if (lit) current.text += lit;
    } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
      current.text += ' ';
    } else if (type == table_cell_type) {
      if (!current.text.empty() && current.text.back() != ' ') current.text += ' ';
    }
  }
  cmark_iter_free(iter);
  if (!current.text.empty() || !current.heading_id.empty()) out.sections.push_back(std::move(current));
  for (auto& s : out.sections) {
    while (!s.text.empty() && s.text.back() == ' ') s.text.pop_back();
    out.word_count += count_words(s.text) + count_words(s.heading_text);
  }
  out.html = label_task_boxes(add_heading_ids(doc.html(), out.headings), task_boxes);
  return out;
}

std::string render_snippet(const std::string& markdown, const std::string& page_url,
                           const LinkResolver& resolve) {
  init_markdown();
  const ArenaDocument doc(markdown);
  LinkRewriter rewriter(markdown, "", 1, page_url, resolve, nullptr);
  rewrite_links(doc.root(), rewriter);
  typeset_tree(doc.root());
  return doc.html();
}

namespace {

cmark_node* first_paragraph(cmark_node* doc) {
  for (cmark_node* n = cmark_node_first_child(doc); n; n = cmark_node_next(n)) {
    if (cmark_node_get_type(n) == CMARK_NODE_PARAGRAPH) return n;
  }
  cmark_node* found = nullptr;
  cmark_iter* iter = cmark_iter_new(doc);
  cmark_event_type ev;
  while (!found && (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(iter);
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_PARAGRAPH) found = n;
  }
  cmark_iter_free(iter);
  return found;
}

// At most `limit` characters (UTF-8 code points): cut at the last space before, ended with "…".
std::string shorten(const std::string& text, size_t limit) {
  size_t chars = 0, cut = std::string::npos, last_space = std::string::npos;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // inside a character
    if (chars == limit) {
      cut = i;
      break;
    }
    if (text[i] == ' ') last_space = i;
    ++chars;
  }
  if (cut == std::string::npos) return text;
  std::string out = text.substr(0, last_space != std::string::npos ? last_space : cut);
  while (!out.empty() && std::strchr(" ,;:", out.back())) out.pop_back();
  return out + "…";
}

}  // namespace

std::string first_paragraph_text(const std::string& markdown) {
  init_markdown();
  const ArenaDocument doc(markdown);
  cmark_node* paragraph = first_paragraph(doc.root());
  if (!paragraph) return "";
  // Line breaks read as spaces; runs of spaces as one, none at the ends.
  std::string text;
  for (char c : plain_text(paragraph)) {
    if ((c == ' ' || c == '\t') && (text.empty() || text.back() == ' ')) continue;
    text += c == '\t' ? ' ' : c;
  }
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return shorten(text, kMaxDerivedDescription);
}

}  // namespace render
