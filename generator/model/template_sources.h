#pragma once
// The Mustache files of templates/ as read (load/template_files.h), before the templating stage
// parses them: a site can be restyled by editing them alone.
#include <string>
#include <vector>

namespace model {

struct TemplateFile {
  std::string name;  // path below the folder without ".mustache": "page", "partials/menu", "tools/question"
  std::string path;  // the file, for messages
  std::string text;
};

struct TemplateSources {
  std::string dir;  // the folder they come from (messages name the files a fix would create)
  bool found = false;  // the folder exists (its absence was reported)
  std::vector<TemplateFile> files;
};

}  // namespace model
