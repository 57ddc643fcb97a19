// Validation of a query index. The checksum catches accidental damage (a
// truncated copy, a flipped bit); the range checks catch the rest (a file
// crafted to pass the checksum), so that no later read goes out of bounds
// and no path search can loop. Each check is one linear pass.
#include "query/index_view.h"

#include "query/content_hash.h"

namespace treatygraph {
namespace {

using namespace index_format;

class Validator {
 public:
  Validator(const IndexView& view, const std::string& origin) : view_(view), origin_(origin) {}

  Status Check() const {
    const char* problem = Strings();
    if (problem == nullptr) problem = Documents();
    if (problem == nullptr) problem = Nodes();
    if (problem == nullptr) problem = Edges();
    if (problem == nullptr) problem = Evidence();
    if (problem == nullptr) problem = Adjacency(kOutOffsets, kOutEdges, &EdgeEntry::from);
    if (problem == nullptr) problem = Adjacency(kInOffsets, kInEdges, &EdgeEntry::to);
    if (problem == nullptr) return Status::Ok();
    return Status(StatusCode::kUnreadable, std::string("corrupt query index: ") + problem, origin_);
  }

 private:
  bool IsString(uint32_t id) const { return id < view_.string_count(); }
  // [first, first + count) lies within section s.
  bool InRange(uint64_t first, uint64_t count, Section s) const {
    return first <= view_.count(s) && count <= view_.count(s) - first;
  }
  bool AllStrings(Section s) const {
    for (size_t i = 0; i < view_.count(s); ++i) {
      if (!IsString(view_.u32(s, i))) return false;
    }
    return true;
  }

  const char* Strings() const {
    size_t n = view_.count(kStringOffsets);
    if (n == 0) return "no string table";
    uint64_t previous = 0;
    for (size_t i = 0; i < n; ++i) {
      uint64_t offset = view_.at<uint64_t>(kStringOffsets, i);
      if (offset < previous || offset > view_.count(kStringBytes)) return "a string out of range";
      previous = offset;
    }
    for (Section s : {kNodeTypes, kEdgeTypes, kSentences, kAliases, kNormalizedAliases}) {
      if (!AllStrings(s)) return "a name that is not in the string table";
    }
    if (view_.count(kAliases) != view_.count(kNormalizedAliases)) return "aliases unpaired";
    return nullptr;
  }

  const char* Documents() const {
    for (size_t i = 0; i < view_.count(kDocuments); ++i) {
      auto d = view_.at<DocumentEntry>(kDocuments, i);
      for (uint32_t s : {d.id, d.name, d.path, d.encoding, d.format}) {
        if (!IsString(s)) return "a document name out of range";
      }
      if (!InRange(d.first_sentence, d.sentence_count, kSentences)) return "sentences out of range";
    }
    return nullptr;
  }

  const char* Nodes() const {
    std::string_view previous_id;
    for (size_t i = 0; i < view_.count(kNodes); ++i) {
      auto n = view_.at<NodeEntry>(kNodes, i);
      for (uint32_t s : {n.id, n.label, n.value, n.normalized_label}) {
        if (!IsString(s)) return "a node name out of range";
      }
      if (n.type >= view_.count(kNodeTypes)) return "a node type out of range";
      if (!InRange(n.first_alias, n.alias_count, kAliases)) return "aliases out of range";
      if (!InRange(n.first_evidence, n.evidence_count, kEvidence)) return "evidence out of range";
      // Sorted and unique: node lookup by id is a binary search.
      std::string_view id = view_.string(n.id);
      if (i > 0 && !(previous_id < id)) return "node ids not in order";
      previous_id = id;
    }
    return nullptr;
  }

  const char* Edges() const {
    for (size_t i = 0; i < view_.count(kEdges); ++i) {
      auto e = view_.at<EdgeEntry>(kEdges, i);
      if (e.from >= view_.count(kNodes) || e.to >= view_.count(kNodes)) return "an edge to no node";
      if (e.type >= view_.count(kEdgeTypes)) return "an edge type out of range";
      if (!InRange(e.first_evidence, e.evidence_count, kEdgeEvidence)) return "evidence out of range";
    }
    for (size_t i = 0; i < view_.count(kEdgeEvidence); ++i) {
      if (view_.u32(kEdgeEvidence, i) >= view_.count(kEvidence)) return "evidence out of range";
    }
    return nullptr;
  }

  const char* Evidence() const {
    for (size_t i = 0; i < view_.count(kEvidence); ++i) {
      auto ev = view_.at<EvidenceEntry>(kEvidence, i);
      if (ev.document >= view_.count(kDocuments)) return "evidence of no document";
      if (!IsString(ev.surface) || !IsString(ev.rule)) return "evidence text out of range";
    }
    return nullptr;
  }

  // Each node's list holds only edges that really start (or end) there.
  const char* Adjacency(Section offsets, Section list, uint32_t EdgeEntry::*endpoint) const {
    size_t nodes = view_.count(kNodes);
    if (view_.count(offsets) != nodes + 1) return "adjacency of the wrong size";
    uint32_t previous = 0;
    for (size_t v = 0; v <= nodes; ++v) {
      uint32_t offset = view_.u32(offsets, v);
      if (offset < previous || offset > view_.count(list)) return "adjacency out of range";
      previous = offset;
    }
    for (size_t v = 0; v < nodes; ++v) {
      for (uint32_t k = view_.u32(offsets, v); k < view_.u32(offsets, v + 1); ++k) {
        uint32_t e = view_.u32(list, k);
        if (e >= view_.count(kEdges) || view_.at<EdgeEntry>(kEdges, e).*endpoint != v) {
          return "adjacency names an edge of another node";
        }
      }
    }
    return nullptr;
  }

  const IndexView& view_;
  const std::string& origin_;
};

}  // namespace

Result<IndexView> IndexView::Open(std::string_view bytes, const std::string& origin) {
  auto fail = [&origin](const std::string& why) {
    return Status(StatusCode::kUnreadable, why, origin);
  };
  IndexView view;
  view.bytes_ = bytes;
  if (bytes.empty()) return fail("the query index is empty");
  if (bytes.size() < sizeof(FileHeader) + sizeof(uint64_t)) return fail("the query index is truncated");
  std::memcpy(&view.header_, bytes.data(), sizeof(FileHeader));
  const FileHeader& h = view.header_;
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0) return fail("not a treatygraph query index");
  if (h.version != kIndexVersion || h.section_count != kSectionCount) {
    return fail("a query index of another version (" + std::to_string(h.version) + ")");
  }
  if (h.file_size != bytes.size()) return fail("the query index is truncated or extended");
  const size_t body_end = bytes.size() - sizeof(uint64_t);
  uint64_t checksum;
  std::memcpy(&checksum, bytes.data() + body_end, sizeof checksum);
  if (checksum != content_hash64(bytes.substr(0, body_end))) return fail("the query index checksum does not match");
  for (uint32_t s = 0; s < kSectionCount; ++s) {
    const SectionEntry& section = h.sections[s];
    if (section.offset < sizeof(FileHeader) || section.offset > body_end ||
        section.count > (body_end - section.offset) / kElementSize[s]) {
      return fail("a section of the query index lies outside the file");
    }
  }
  Status valid = Validator(view, origin).Check();
  if (!valid.ok()) return valid;
  return view;
}

}  // namespace treatygraph
