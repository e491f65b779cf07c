// The template engine's two rules beyond Mustache (templating/templates.h): the tools' templates
// escape apostrophes as the tools' HTML always has, and a template can be used as a partial.
#include <doctest/doctest.h>

#include "load/file_system.h"
#include "load/template_files.h"
#include "templating/templates.h"
#include "unit/memory_file_system.h"

namespace {

templating::Templates load_templates(load::MemoryFileSystem& fs) {
  templating::Templates templates;
  diag::Diagnostics diags;
  REQUIRE(templates.compile(load::load_template_files(fs, "t", diags), {}, diags));
  return templates;
}

}  // namespace

TEST_CASE("templates below tools/ escape apostrophes; the pages' templates leave them as typed") {
  load::MemoryFileSystem fs;
  fs.add("t/page.mustache", "{{text}}");
  fs.add("t/tools/item.mustache", "{{text}}");
  templating::Templates templates = load_templates(fs);
  templating::Data data;
  data.set("text", "L'eau & <l'air>");
  std::vector<std::string> unknown;
  CHECK(templates.render("page", data, unknown) == "L'eau &amp; &lt;l'air&gt;");
  CHECK(templates.render("tools/item", data, unknown) == "L&#39;eau &amp; &lt;l&#39;air&gt;");
  CHECK(unknown.empty());
}

TEST_CASE("a template is a partial of another: the tools' pages share their parts") {
  load::MemoryFileSystem fs;
  fs.add("t/tools/list.mustache", "<ul>\n{{#items}}{{> tools/item}}{{/items}}</ul>\n");
  fs.add("t/tools/item.mustache", "<li>{{name}}</li>\n");
  templating::Templates templates = load_templates(fs);
  templating::Data data;
  templating::List items;
  for (const char* name : {"a", "b"}) {
    templating::Data item;
    item.set("name", name);
    items.push_back(item);
  }
  data.set("items", items);
  std::vector<std::string> unknown;
  CHECK(templates.render("tools/list", data, unknown) == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
  CHECK(unknown.empty());
}
