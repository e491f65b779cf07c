#pragma once
// The model that flows through the pipeline: what was loaded (with source positions), then what
// rendering added. Stages take it and return data; none reaches back into an earlier stage.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "diag/diagnostics.h"
#include "model/document.h"
#include "model/interface_texts.h"
#include "model/yaml_document.h"

namespace model {

struct Heading {
  int level = 2;
  std::string text;  // plain text of the heading
  std::string id;    // anchor, unique in the page
  int line = 0;
};

/// A link written with `@/page.md#anchor` or `@outil/bank#anchor`, or relative to the page
/// (`../criteres/index.md#anchor`, `../assets/img/schema.svg`), kept for the link checker.
struct InternalLink {
  std::string target;   // "@/…" or "@outil/…" (a relative link: resolved), or "assets/…"
  diag::SourcePos pos;
  std::string written;  // a relative link as written ("" when the same as target)
};

/// One searchable slice of a page: the text under a heading (or before the first one).
struct PageSection {
  std::string heading_id;    // "" for the introduction
  std::string heading_text;  // "" for the introduction
  std::string text;
};

/// A button under a page's lead (front matter `start`: the home page's one per reader profile).
struct StartLink {
  std::string label;
  std::string target;  // "@/page.md#anchor" or "@outil/id", as written
  diag::SourcePos pos;
  std::string href;    // filled by the render stage: relative to the page
};

struct Page {
  std::string file;      // path as shown in diagnostics, e.g. content/pages/impacts/eau.md
  std::string rel_path;  // path below pages/, e.g. impacts/eau.md
  std::string url;       // output path below the site root, e.g. impacts/eau.html

  // Front matter.
  std::string title, description, nav_title, layout;
  int order = 0;
  bool draft = false;
  std::vector<std::string> audience;
  int reading_time = 0;  // minutes; 0 = compute from the words
  bool in_nav = true;    // false: reachable from the footer and the site map only
  std::vector<StartLink> start;
  double search_weight = 1;  // multiplies the score of the page's search results

  std::string markdown;  // the body, after the front matter
  int body_line = 1;     // line of the body's first line in the file

  // Filled by the render stage.
  std::string html;
  std::vector<Heading> headings;
  std::vector<InternalLink> links;
  std::vector<PageSection> sections;
  int word_count = 0;
};

/// A question bank as loaded: its YAML converted to JSON, positions kept for diagnostics.
struct Bank {
  std::string file;
  std::string id;
  model::YamlDocument doc;
};

/// One entry of content/search-synonyms.yaml: a search for `query` also looks for each of `also`.
struct SearchSynonym {
  std::string query;
  std::vector<std::string> also;
};

/// One link of every page's footer (site.yaml's footer_pages), once checked.
struct FooterPage {
  std::string label;
  std::string url;  // the page's, relative to the site's root
};

struct Site {
  std::string content_dir;
  nlohmann::ordered_json config = nlohmann::ordered_json::object();  // site.yaml, or {}
  std::vector<Page> pages;  // sorted by rel_path
  std::vector<Bank> banks;  // sorted by file name
  std::vector<DocumentSource> documents;  // content/documents/*.yaml, sorted by file name
  model::YamlDocument config_doc;
  model::YamlDocument synonyms_doc;  // content/search-synonyms.yaml as read (file "" when absent)
  std::vector<SearchSynonym> search_synonyms;  // once checked (index/search_synonyms_check.h)
  std::vector<FooterPage> footer_pages;         // once checked (check/site_config_check.h)
  std::vector<InterfaceTexts> interface_texts;  // content/interface/*.yaml, sorted by name
  bool has_interface_dir = false;               // content/interface/ exists
};

}  // namespace model
