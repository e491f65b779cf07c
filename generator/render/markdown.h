#pragma once
// The render stage for pages: Markdown (CommonMark + GFM) to HTML with heading anchors, the
// table of contents, the searchable text of each section, and internal links made relative.
#include <functional>
#include <optional>
#include <string>

#include "diag/diagnostics.h"
#include "model/site_model.h"

namespace render {

/// Maps a link target written in content (`@/page.md`, `@outil/id`; without the #anchor) to its
/// output path below the site root, or nothing when there is no such page (the check stage then
/// reports it with the link's position).
using LinkResolver = std::function<std::optional<std::string>(const std::string& target)>;

/// The href of the internal link `target` ("@/a.md#x", "@outil/id#x") on the page at `page_url`:
/// relative, anchor kept ("#" when nothing resolves it: the check reports the link). A tool's
/// anchor may live on one of its step pages: the target with its anchor is resolved first.
std::string internal_href(const std::string& target, const std::string& page_url,
                          const LinkResolver& resolve);

/// Must be called once before rendering from several threads (registers the GFM extensions).
void init_markdown();

/// The markup that replaces cmark-gfm's disabled checkboxes of task lists ("- [x]", "- [ ]"):
/// the site stage draws it once per build from templates/partials/task-box.mustache. Empty (unit
/// tests, fuzzers): the checkboxes stay as cmark-gfm writes them.
struct TaskBoxes {
  std::string checked_html, unchecked_html;
};

/// True when pages parse fully in parallel (cmark-gfm's inline table is pinned, see
/// render/cmark_inline_chars.h); false when the inline stage of parsing is serialised instead.
bool markdown_parses_in_parallel();

/// Renders `markdown` (as it appears in `file` from `first_line` on) to HTML. Fills `headings`
/// (unique ids), `links` (internal, with positions), `sections` (plain text per heading) and
/// returns the HTML. Raw HTML in the source is never passed through.
struct RenderedMarkdown {
  std::string html;
  std::vector<model::Heading> headings;
  std::vector<model::InternalLink> links;
  std::vector<model::PageSection> sections;
  int word_count = 0;
};
RenderedMarkdown render_markdown(const std::string& markdown, const std::string& file,
                                 int first_line, const std::string& page_url,
                                 const LinkResolver& resolve, diag::Diagnostics& diags,
                                 const TaskBoxes& task_boxes = {});

/// Renders a short Markdown snippet (help texts, bank intros) to HTML, without anchors; internal
/// links are resolved as for pages.
std::string render_snippet(const std::string& markdown, const std::string& page_url,
                           const LinkResolver& resolve);

/// Longest description taken from a paragraph, in characters (a meta description shows whole up
/// to about 160); a longer paragraph is cut at its last space before, and ends with "…".
constexpr size_t kMaxDerivedDescription = 200;

/// The description of a page whose front matter gives none: the plain text of the first
/// paragraph of `markdown` (the first top-level one, else the first in a list or a quote), with
/// the typography the page shows, shortened at a word when long; "" when there is no paragraph.
std::string first_paragraph_text(const std::string& markdown);

}  // namespace render
