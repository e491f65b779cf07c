#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "templating/row_template.h"

namespace {

templating::Templates with_partial(const std::string& text) {
  model::TemplateSources sources;
  sources.found = true;
  sources.files.push_back({"partials/row", "templates/partials/row.mustache", text});
  templating::Templates templates;
  diag::Diagnostics diags;
  REQUIRE(templates.compile(sources, {}, diags));
  return templates;
}

}  // namespace

TEST_CASE("a row partial: its markup as written, each value escaped where the partial escapes it") {
  const templating::Templates templates =
      with_partial("{{! a comment }}<li><a href=\"{{href}}\">{{label}}</a> {{{html}}} {{label}}</li>\n");
  std::vector<std::string> unknown;
  const templating::RowTemplate row(templates, "row", {"href", "label", "html"}, unknown);
  CHECK(unknown.empty());
  std::string out;
  row.append(out, {"a.html?x=1&y=2", "R&D <IA> \"x\"", "<b>gras</b>"});
  row.append(out, {"b.html", "", ""});
  CHECK(out ==
        "<li><a href=\"a.html?x=1&amp;y=2\">R&amp;D &lt;IA&gt; &quot;x&quot;</a> <b>gras</b> R&amp;D &lt;IA&gt; "
        "&quot;x&quot;</li>\n"
        "<li><a href=\"b.html\"></a>  </li>\n");
}

TEST_CASE("a row partial that names a value it is not given, or no partial, is reported") {
  std::vector<std::string> unknown;
  const templating::Templates templates = with_partial("<li>{{label}} {{lable}}</li>");
  const templating::RowTemplate row(templates, "row", {"label"}, unknown);
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].find("lable") != std::string::npos);
  std::vector<std::string> missing;
  const templating::RowTemplate none(templates, "entry", {"label"}, missing);
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].find("entry") != std::string::npos);
  std::string out;
  none.append(out, {"x"});
  CHECK(out.empty());
}

TEST_CASE("a control character in the partial's own text is text, not a value") {
  std::vector<std::string> unknown;
  const templating::Templates templates = with_partial(std::string("<li>\x01") + "0&\x01" + "9&\x02{{label}}\x01</li>");
  const templating::RowTemplate row(templates, "row", {"label"}, unknown);
  CHECK(unknown.empty());
  std::string out;
  row.append(out, {"<x>"});
  // "\x01" "9&\x02" has the shape of a marker but no value 9: it stays as written.
  CHECK(out == std::string("<li>\x01") + "0&\x01" + "9&\x02&lt;x&gt;\x01</li>");
}
