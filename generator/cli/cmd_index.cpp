// `guide index DOCS.json`: prints the Lunr index of [{"id","title","body","url"}...] to stdout,
// exactly JSON.stringify(idx) followed by one "\n" (what console.log in node would print), so a
// reference built with lunr.js can be compared byte for byte after stripping that newline.
#include <fstream>
#include <iostream>
#include <string_view>
#include <unordered_map>

#include "cli/commands.h"
#include "index/lunr_index.h"
#include "index/search_docs_json.h"

namespace cli {
namespace {

// 1-based line and column (in bytes) of a byte offset, as the diagnostics convention wants.
void line_col(const std::string& text, size_t offset, int& line, int& col) {
  line = 1;
  col = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
}

}  // namespace

int run_index(const Args& args) {
  if (args.size() != 1) {
    std::cerr << "usage: guide index DOCS.json\n";
    return 2;
  }
  const std::string& path = args[0];
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) {
    std::cerr << path << ": error: cannot open file\n";
    return 1;
  }
  std::string text(static_cast<size_t>(in.tellg()), '\0');
  in.seekg(0);
  in.read(text.data(), static_cast<std::streamsize>(text.size()));

  std::vector<search::SearchDoc> docs;
  search::SearchDocsError error;
  if (!search::parse_search_docs(text, docs, error)) {
    if (error.byte > 0) {
      int line, col;
      line_col(text, error.byte - 1, line, col);
      std::cerr << path << ':' << line << ':' << col << ": error: invalid JSON: " << error.message
                << '\n';
    } else {
      std::cerr << path << ": error: " << error.message << '\n';
    }
    return 1;
  }
  std::string().swap(text);  // the documents own their text now: lower the peak memory

  // lunr.js accepts a repeated ref and silently mixes the two documents' statistics.
  std::unordered_map<std::string_view, size_t> first_entry;
  for (size_t i = 0; i < docs.size(); ++i) {
    auto [it, inserted] = first_entry.emplace(docs[i].id, i);
    if (!inserted) {
      std::cerr << path << ": error: entry " << i << " repeats the id '" << docs[i].id
                << "' of entry " << it->second << '\n';
      return 1;
    }
  }

  const std::string index = search::serialize_lunr_index(docs);
  std::cout.write(index.data(), static_cast<std::streamsize>(index.size()));
  std::cout << '\n';
  std::cout.flush();
  return std::cout ? 0 : 1;
}

}  // namespace cli
