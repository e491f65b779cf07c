// The task-list boxes drawn from the project's own templates (templates/partials/task-box.mustache
// and the site texts), as a build draws them once for every page.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "layout/task_boxes.h"
#include "load/file_system.h"
#include "load/template_files.h"

TEST_CASE("the task-list boxes come from the templates: a box with its spoken name, inside its line") {
  load::DiskFileSystem fs;
  diag::Diagnostics diags;
  templating::Templates templates;
  REQUIRE(templates.compile(load::load_template_files(fs, std::string(GUIDE_SOURCE_DIR) + "/templates", diags), {}, diags));
  std::vector<std::string> unknown;
  const render::TaskBoxes boxes = layout::task_boxes(templates, unknown);
  CHECK(unknown.empty());
  CHECK(boxes.checked_html == "<span class=\"task-box\" role=\"img\" aria-label=\"case cochée\">☑</span>");
  CHECK(boxes.unchecked_html == "<span class=\"task-box\" role=\"img\" aria-label=\"case à cocher\">☐</span>");
}

TEST_CASE("without the task-box partial, the build is told which one is missing") {
  model::TemplateSources sources;
  sources.found = true;
  sources.files.push_back({"site-texts", "templates/site-texts.mustache",
                           "{{#task_done}}fait{{/task_done}}{{#task_todo}}à faire{{/task_todo}}"});
  templating::Templates templates;
  diag::Diagnostics diags;
  REQUIRE(templates.compile(sources, {}, diags));
  std::vector<std::string> unknown;
  layout::task_boxes(templates, unknown);
  REQUIRE_FALSE(unknown.empty());
  CHECK(unknown.front().find("task-box") != std::string::npos);
  // The build asks for it by name before any page is drawn: one error, at the file to create.
  templating::Templates required;
  diag::Diagnostics missing;
  CHECK_FALSE(required.compile(sources, {"partials/task-box"}, missing));
  const auto errors = missing.sorted();
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].pos.file == "partials/task-box.mustache");
  CHECK(errors[0].message == "missing template 'partials/task-box'");
}
