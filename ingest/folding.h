// The folding of Basic Multilingual Plane code points for matching: NFKC,
// then traditional -> simplified script (one-to-one mappings only), then our
// own folds (dashes to '-'); zero-width characters, footnote markers and
// controls fold to nothing.
//
// Computing it with ICU costs ~40 ms per process (mostly the transliterator),
// which every `treatygraph query` would pay on its first name lookup. So it
// is computed once, when treatygraph is built: fold_table_generator writes
// the code points that do not fold to themselves into generated/
// fold_table.cc, and normalize.cc starts from that.
#ifndef TREATYGRAPH_INGEST_FOLDING_H_
#define TREATYGRAPH_INGEST_FOLDING_H_

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace treatygraph {

struct FoldException {
  char32_t cp;
  const char* utf8;  // the folded form; empty when the code point is dropped
};

// The generated table: every BMP code point outside the surrogates whose
// folding differs from itself, in code point order.
extern const FoldException kBmpFolds[];
extern const size_t kBmpFoldCount;

// The same computed with ICU now. Fails (false, with the reason in *error)
// when ICU lacks the Traditional-Simplified transliterator, rather than
// produce a table that silently folds no script.
bool compute_bmp_folds(std::vector<std::pair<char32_t, std::string>>* folds, std::string* error);

}  // namespace treatygraph

#endif  // TREATYGRAPH_INGEST_FOLDING_H_
