// `guide index DOCS.json`: prints the Lunr index of [{"id","title","body","url"}...] to stdout,
// exactly JSON.stringify(idx) followed by one "\n" (what console.log in node would print), so a
// reference built with lunr.js can be compared byte for byte after stripping that newline.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
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
void line_col(std::string_view text, size_t offset, int& line, int& col) {
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

// The input file's bytes: mapped when it is a regular file (no copy, no zeroed buffer to fault
// in: reading 12 MB that way took a twentieth of the command's time), read otherwise (a pipe).
class InputText {
 public:
  bool open(const std::string& path, std::string& error) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      error = std::strerror(errno);
      return false;
    }
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
      void* at = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
      if (at != MAP_FAILED) {
        mapped_ = at;
        size_ = static_cast<size_t>(st.st_size);
        ::close(fd);
        return true;
      }
    }
    char buffer[1 << 16];
    ssize_t n;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR)) {
      if (n > 0) read_.append(buffer, static_cast<size_t>(n));
    }
    if (n < 0) error = std::strerror(errno);
    ::close(fd);
    return n == 0;
  }
  ~InputText() { release(); }
  void release() {
    if (mapped_) ::munmap(mapped_, size_);
    mapped_ = nullptr;
    std::string().swap(read_);
  }
  std::string_view text() const {
    return mapped_ ? std::string_view(static_cast<const char*>(mapped_), size_) : read_;
  }

 private:
  void* mapped_ = nullptr;
  size_t size_ = 0;
  std::string read_;
};

// Collects the index's parts and writes them to stdout a megabyte at a time.
class StdoutWriter {
 public:
  void append(std::string_view part) {
    buffer_.append(part);
    if (buffer_.size() >= (1 << 20)) flush();
  }
  bool flush() {
    size_t done = 0;
    while (done < buffer_.size() && ok_) {
      const ssize_t n = ::write(1, buffer_.data() + done, buffer_.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) ok_ = false;
      else done += static_cast<size_t>(n);
    }
    buffer_.clear();
    return ok_;
  }

 private:
  std::string buffer_;
  bool ok_ = true;
};

}  // namespace

int run_index(const Args& args) {
  if (args.size() != 1) {
    std::cerr << "usage: guide index DOCS.json\n";
    return 2;
  }
  const std::string& path = args[0];
  InputText input;
  std::string read_error;
  if (!input.open(path, read_error)) {
    std::cerr << path << ": error: cannot open file (" << read_error << ")\n";
    return 1;
  }
  const std::string_view text = input.text();

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
  input.release();  // the documents own their text now: lower the peak memory

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

  // Written as it is serialized, never whole in memory.
  StdoutWriter out;
  search::write_lunr_index(docs, search::JsonTarget::json, [&](std::string_view part) { out.append(part); });
  out.append("\n");
  return out.flush() ? 0 : 1;
}

}  // namespace cli
