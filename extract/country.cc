// Countries: sovereign states named by the gazetteer (data/gazetteer/
// countries.tsv), by their short name, official name, or the X方 form a
// declaration uses for one party. Every form resolves to the short name.
//
//   中华人民共和国, 中国, 中方  -> 中国
//   吉尔吉斯共和国              -> 吉尔吉斯斯坦
//   白俄罗斯                    -> 白俄罗斯 (not 俄罗斯: longest name wins)
//   努尔苏丹                    -> no country (a city holds 苏丹)
//   发展中国家                  -> no country (a blocking phrase)
//   集中方式, 这方面            -> no country (X方 followed by 式/面 is a word)
//   努尔苏丹·纳扎尔巴耶夫       -> no country (part of a person's name)
//   突尼斯市                    -> no country (its capital: a place)
// Countries inside an instrument's title are dropped when overlaps resolve.
#include "extract/extractors_internal.h"
#include "extract/text_util.h"

namespace treatygraph {
namespace {

// After a one-character country abbreviation + 方 (中方, 俄方), these
// characters make the 方 part of another word: 方面, 方式, 方法, 方案...
const char* const kWordsWithFang[] = {"面", "式", "法", "案", "向", "针", "位",
                                      "便", "言", "程", "能", "略", "舟"};

class CountryExtractor : public ContextualExtractor {
 public:
  explicit CountryExtractor(const Gazetteer& gazetteer) : ContextualExtractor(gazetteer) {}

  std::string_view name() const override { return "country"; }

  void ExtractIn(const Document& doc, const DocumentContext& context,
                 std::vector<Mention>* out) const override {
    std::string_view text = doc.text;
    for (const NameHit& hit : context.names) {
      if (hit.type != EntityType::kCountry) continue;
      if (touches_name_dot(text, hit.begin, hit.end)) continue;
      std::string_view name = text.substr(hit.begin, hit.end - hit.begin);
      if (IsPartyForm(name) && FangStartsAWord(text, hit.end)) continue;
      // 西班牙文, 西班牙语: the language, not the country.
      if (starts_with(text.substr(hit.end), "文") || starts_with(text.substr(hit.end), "语")) continue;
      // 突尼斯市: the capital of the same name, a place.
      if (names_capital_of_same_name(text, hit.end)) continue;
      Mention m;
      m.type = EntityType::kCountry;
      m.begin = hit.begin;
      m.end = hit.end;
      m.name = std::string(name);
      m.canonical = hit.canonical;
      m.rule = IsPartyForm(name) ? "country/party" : "country/gazetteer";
      out->push_back(std::move(m));
    }
  }

 private:
  // 中方, 俄方: one character and 方 (UTF-8: 3 + 3 bytes).
  static bool IsPartyForm(std::string_view name) {
    return name.size() == 6 && name.substr(3) == "方";
  }

  static bool FangStartsAWord(std::string_view text, uint32_t end) {
    for (const char* next : kWordsWithFang) {
      if (starts_with(text, end, next)) return true;
    }
    return false;
  }
};

}  // namespace

Result<std::unique_ptr<Extractor>> make_country_extractor(const Gazetteer& gazetteer) {
  return std::unique_ptr<Extractor>(new CountryExtractor(gazetteer));
}

}  // namespace treatygraph
