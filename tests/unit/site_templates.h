#pragma once
// The site's own templates (templates/ of the source tree), loaded once, for the tests of what
// the render stage fills them with.
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "diag/diagnostics.h"
#include "load/file_system.h"
#include "templating/templates.h"

namespace test_support {

inline const templating::Templates& site_templates() {
  static const templating::Templates templates = [] {
    templating::Templates t;
    diag::Diagnostics diags;
    load::DiskFileSystem fs;
    REQUIRE(t.load(fs, std::string(GUIDE_SOURCE_DIR) + "/templates", {}, diags));
    return t;
  }();
  return templates;
}

/// Renders template `name` with `data`; a name the data lacks fails the test.
inline std::string render_template(const std::string& name, const templating::Data& data) {
  std::vector<std::string> unknown;
  std::string out = site_templates().render(name, data, unknown);
  CHECK(unknown.empty());
  return out;
}

}  // namespace test_support
