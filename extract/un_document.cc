// UN documents: symbols of UN documents that are not resolutions, with the
// symbol itself (ASCII, no spaces) as value and resolution key.
//
//   A/75/L.128, A/67/581, A/75/L.131/Add.1      -> the symbol
//   A/75/345-S/2020/898, A/77/808–E/2023/48     -> one entity: a joint
//                                                  General Assembly and
//                                                  Security Council document
//   https://undocs.org/ch/A/75/L.128            -> A/75/L.128
//   A/75/L.131/ + line break + Add.1            -> A/75/L.131/Add.1
//   A/RES/48/2, S/RES/2231                      -> not here: resolutions
// A symbol written alone that is one half of a joint symbol of the same
// document (A/75/345 beside A/75/345-S/2020/898) is that joint document.
#include <map>

#include "extract/extractors_internal.h"

namespace treatygraph {
namespace {

class UNDocumentExtractor : public ContextualExtractor {
 public:
  explicit UNDocumentExtractor(Rule symbol) : symbol_(std::move(symbol)) {}

  std::string_view name() const override { return "un_document"; }

  void ExtractIn(const Document& doc, const DocumentContext& context,
                 std::vector<Mention>* out) const override {
    const CharIndex& chars = context.chars;
    std::string_view text = doc.text;
    std::vector<Mention> found;
    RuleMatches matches(symbol_, text, &chars);
    re2::StringPiece whole;
    while (matches.Next(&whole)) {
      std::string_view s(whole.data(), whole.size());
      uint32_t begin = static_cast<uint32_t>(s.data() - text.data());
      // Not the tail of a longer token (a URL path is fine: .../ch/A/75/...).
      if (begin > 0) {
        char c = text[begin - 1];
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '.') {
          continue;
        }
      }
      while (!s.empty() && (s.back() == '.' || s.back() == '-')) s.remove_suffix(1);
      std::string symbol;
      for (char c : s) {
        if (c != ' ' && c != '\n') symbol += c;
      }
      // A joint symbol's halves joined by an en or em dash (A/77/808–E/2023/48)
      // are written with '-'.
      for (std::string_view dash : {"–", "—"}) {
        for (size_t at = symbol.find(dash); at != std::string::npos; at = symbol.find(dash)) {
          symbol.replace(at, dash.size(), "-");
        }
      }
      if (symbol.find("/RES/") != std::string::npos) continue;  // a resolution
      Mention m;
      m.type = EntityType::kUNDocument;
      m.begin = begin;
      m.end = begin + static_cast<uint32_t>(s.size());
      m.name = std::string(s);
      m.value = symbol;
      m.canonical = m.value;
      m.rule = symbol_.name;
      found.push_back(std::move(m));
    }
    // Each half of a joint symbol stands for the joint document.
    std::map<std::string, std::string> joint_of;
    for (const Mention& m : found) {
      size_t dash = std::string::npos;
      for (std::string_view organ : {"-S/", "-E/", "-A/"}) dash = std::min(dash, m.value.find(organ));
      if (dash == std::string::npos) continue;
      joint_of[m.value.substr(0, dash)] = m.value;
      joint_of[m.value.substr(dash + 1)] = m.value;
    }
    for (Mention& m : found) {
      auto it = joint_of.find(m.value);
      if (it != joint_of.end()) m.value = m.canonical = it->second;
      out->push_back(std::move(m));
    }
  }

 private:
  Rule symbol_;
};

}  // namespace

Result<std::unique_ptr<Extractor>> make_un_document_extractor(const Gazetteer&) {
  // Organ (A, S, E, A/C.3, E/CN.7 ...), then slash-separated parts of
  // letters, digits and dots (L.128, Add.1), optionally joined by '-' to a
  // Security Council symbol.
  const std::string part = "[A-Z0-9][A-Za-z0-9.]*";
  // A symbol broken after a slash at a line end is still one symbol.
  const std::string one = "(?:A|S|E)(?:/(?:C|CN|AC)\\.\\d+)?(?:/[ \\n]?" + part + "){2,5}";
  Result<Rule> symbol = compile_rule("un_document/symbol", "(" + one + "(?:(?:-|–|—)" + one + ")?)");
  if (!symbol.ok()) return symbol.status();
  return std::unique_ptr<Extractor>(new UNDocumentExtractor(std::move(symbol.value())));
}

}  // namespace treatygraph
