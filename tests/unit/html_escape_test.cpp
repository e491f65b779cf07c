#include <doctest/doctest.h>

#include <string>

#include "templating/templates.h"
#include "render/html.h"

TEST_CASE("generated HTML escapes the five special characters, and only them") {
  CHECK(render::escape_html("L'eau & l’air <b>\"x\"</b> — é") ==
        "L&#39;eau &amp; l’air &lt;b&gt;&quot;x&quot;&lt;/b&gt; — é");
  CHECK(render::escape_html("") == "");
  CHECK(render::escape_html("&&") == "&amp;&amp;");
  std::string out = "<li>";
  render::append_escaped_html(out, "a<b");
  CHECK(out == "<li>a&lt;b");
}

TEST_CASE("templates escape & < > \" and leave apostrophes as typed") {
  CHECK(templating::escape_text("L'eau & l’air <b>\"x\"</b>") ==
        "L'eau &amp; l’air &lt;b&gt;&quot;x&quot;&lt;/b&gt;");
  CHECK(templating::escape_text(">") == "&gt;");
}
