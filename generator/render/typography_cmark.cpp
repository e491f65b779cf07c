// French typography on a cmark-gfm tree (see typography_cmark.h).
#include "render/typography_cmark.h"

#include <cstring>
#include <string>
#include <vector>

#include "render/typography.h"

namespace render {

namespace {

bool is_inline(cmark_node* node) {
  return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE;
}

// A link whose text is its own URL (an autolink, "<https://…>", or a bare address that GFM
// turned into a link, whose URL may have gained "http://" or "mailto:" in front).
bool shows_its_url(cmark_node* link, const char* text) {
  const char* url = cmark_node_get_url(link);
  if (!url || !text || !*text) return false;
  const size_t u = std::strlen(url), t = std::strlen(text);
  return u >= t && std::strcmp(url + (u - t), text) == 0;
}

}  // namespace

bool holds_inline_text(cmark_node* node) {
  if ((cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) != CMARK_NODE_TYPE_BLOCK) return false;
  cmark_node* child = cmark_node_first_child(node);
  return child && is_inline(child);
}

void typeset_inline_text(cmark_node* block) {
  // Most paragraphs hold nothing a rule starts from: they are left before anything is copied.
  bool can_change = false;
  for (cmark_node* n = cmark_node_first_child(block); n && !can_change; n = cmark_node_next(n)) {
    if (cmark_node_first_child(n)) {
      can_change = true;  // emphasis, a link: looked at below
    } else if (cmark_node_get_type(n) == CMARK_NODE_TEXT) {
      const char* literal = cmark_node_get_literal(n);
      can_change = literal && typography_can_change(literal);
    }
  }
  if (!can_change) return;
  // Reused from paragraph to paragraph (one thread renders one page at a time).
  thread_local std::vector<TextRun> runs;
  thread_local std::vector<cmark_node*> nodes;  // the text node of each run, nullptr for context
  runs.clear();
  nodes.clear();
  int in_image = 0;
  cmark_iter* iter = cmark_iter_new(block);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(iter);
    const cmark_node_type type = cmark_node_get_type(n);
    if (type == CMARK_NODE_IMAGE) {
      in_image += ev == CMARK_EVENT_ENTER ? 1 : -1;
      continue;
    }
    if (ev != CMARK_EVENT_ENTER || n == block) continue;
    const char* literal = cmark_node_get_literal(n);
    if (type == CMARK_NODE_TEXT) {
      cmark_node* parent = cmark_node_parent(n);
      const bool fixed = in_image > 0 ||
                         (cmark_node_get_type(parent) == CMARK_NODE_LINK && shows_its_url(parent, literal));
      runs.push_back({literal ? literal : "", fixed ? TextRun::Kind::object : TextRun::Kind::text});
      nodes.push_back(fixed ? nullptr : n);
    } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
      runs.push_back({"", TextRun::Kind::line_break});
      nodes.push_back(nullptr);
    } else if (type == CMARK_NODE_CODE || type == CMARK_NODE_HTML_INLINE) {
      runs.push_back({"", TextRun::Kind::object});  // context only: its text is not needed
      nodes.push_back(nullptr);
    }
  }
  cmark_iter_free(iter);
  typeset_french(runs);
  for (size_t k = 0; k < runs.size(); ++k) {
    if (!nodes[k]) continue;
    const char* literal = cmark_node_get_literal(nodes[k]);
    if (std::strcmp(literal ? literal : "", runs[k].text.c_str()) != 0) {
      cmark_node_set_literal(nodes[k], runs[k].text.c_str());
    }
  }
}

void typeset_tree(cmark_node* root) {
  cmark_iter* iter = cmark_iter_new(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(iter);
    if (ev == CMARK_EVENT_ENTER && holds_inline_text(n)) typeset_inline_text(n);
  }
  cmark_iter_free(iter);
}

}  // namespace render
