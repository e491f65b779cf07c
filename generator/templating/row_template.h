#pragma once
// A partial drawn for each row of a long list: the topic index has tens of thousands of entries
// on a large site, too many to hand the renderer one data object each. The partial is drawn once
// with a marker in place of each value; what lies between the markers is kept, and a row is then
// a few appends, each value escaped where the partial escapes it ({{name}}) or not ({{{name}}}).
// Markup and words stay in the partial: a restyle needs no C++.
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "templating/templates.h"

namespace templating {

class RowTemplate {
 public:
  /// Draws partials/<partial>.mustache once with a marker for each of `names`. A name the
  /// partial uses but `names` lacks, or a missing partial, goes to `unknown`, as any render's.
  RowTemplate(const Templates& templates, const std::string& partial, const std::vector<std::string>& names,
              std::vector<std::string>& unknown);

  /// Appends one row, `values` in the order of `names`.
  void append(std::string& out, std::initializer_list<std::string_view> values) const;

 private:
  struct Piece {
    std::string text;  // written as is, before the value
    int value = -1;    // index into the values, or -1 for the text after the last value
    bool escaped = true;
  };
  std::vector<Piece> pieces_;
};

}  // namespace templating
