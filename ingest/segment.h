// Sentence segmentation of the normalised text. Evidence is quoted by
// sentence, so a sentence is what an analyst would cite: it ends at 。 ; ! ?
// (full-width forms are already folded) or at a paragraph break.
#ifndef TREATYGRAPH_INGEST_SEGMENT_H_
#define TREATYGRAPH_INGEST_SEGMENT_H_

#include <string_view>
#include <vector>

#include "treatygraph/document.h"

namespace treatygraph {

std::vector<Sentence> split_sentences(std::string_view text);

}  // namespace treatygraph

#endif  // TREATYGRAPH_INGEST_SEGMENT_H_
