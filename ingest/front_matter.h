// Markdown front matter: a YAML block fenced by `---` lines at the very start
// of a file (Jekyll, Hugo, Pandoc and most static-site tools write one):
//
//   ---
//   title: 上海合作组织成员国元首理事会青岛宣言
//   date: 2018-06-10
//   ---
//   正文……
//
// It is metadata, not the document's text: ingest keeps it out of the
// normalised text (the offset map skips it) and stores it in
// Document::front_matter.
#ifndef TREATYGRAPH_INGEST_FRONT_MATTER_H_
#define TREATYGRAPH_INGEST_FRONT_MATTER_H_

#include <cstddef>

namespace treatygraph {

// Code point ranges of a front matter block: the YAML between the fences is
// [yaml_begin, yaml_end); the block with both fence lines and the line break
// after the closing one is [0, end). All zero when there is none.
struct FrontMatter {
  size_t yaml_begin = 0;
  size_t yaml_end = 0;
  size_t end = 0;
};

// Finds the front matter of cps[0, n). Conservative: the first line is `---`
// (a BOM and trailing blanks aside), a later line is `---` or `...`, and the
// first line between them that is neither blank nor a comment is a YAML
// mapping entry (`key: value` or `key:`). A text that merely opens with a
// horizontal rule has none. Linear time.
FrontMatter find_front_matter(const char32_t* cps, size_t n);

}  // namespace treatygraph

#endif  // TREATYGRAPH_INGEST_FRONT_MATTER_H_
