// Known names and abbreviations: what the name extractors (organization,
// country, place) share.
//
// NameDictionary holds every gazetteer name and alias of those types and
// finds them leftmost-longest across types, so a name inside a longer name of
// another type is not a mention of its own:
//
//   努尔苏丹        -> Place 努尔苏丹, not Country 苏丹
//   阿曼苏丹国      -> Country 阿曼 (by its official name), not 苏丹
//   亚洲之心伊斯坦布尔进程 -> Organization, not Place 伊斯坦布尔
//   发展中国家      -> nothing: a blocking phrase, not 中国
//
// find_declared_abbreviations reads the short forms a document declares:
//
//   上海合作组织(以下简称“上合组织”或“本组织”) -> {上合组织, 本组织}
//   上海合作组织(简称“上合组织”)               -> {上合组织}
//   联合国索马里援助团(联索援助团)             -> {联索援助团}, parenthesized
#include <algorithm>

#include "extract/extractors_internal.h"
#include "extract/text_util.h"

namespace treatygraph {
namespace {

// Phrases that contain a gazetteer name without mentioning it. They win the
// longest match and produce nothing.
const char* const kBlockingPhrases[] = {
    "发展中国家",  // developing countries, not 中国
    "中国家",      // 最不发达国家、内陆发展中国家
    "海地区",      // 沿海地区, not 海地
    "加纳入",      // 增加纳入, not 加纳
    "上海精神",    // the SCO's founding spirit, not the city
};


}  // namespace

NameDictionary::NameDictionary(const Gazetteer& gazetteer) {
  auto add = [this](const std::string& text, EntityType type, const std::string& canonical,
                    bool blocking) {
    if (text.empty()) return;
    names_.push_back(Name{text, type, canonical, blocking});
  };
  for (const Gazetteer::Entry& entry : gazetteer.entries()) {
    if (entry.type != EntityType::kOrganization && entry.type != EntityType::kCountry &&
        entry.type != EntityType::kPlace) {
      continue;
    }
    add(entry.canonical, entry.type, entry.canonical, false);
    for (const std::string& alias : entry.aliases) add(alias, entry.type, entry.canonical, false);
  }
  for (const char* phrase : kBlockingPhrases) add(phrase, EntityType::kPlace, "", true);
  // A later (user) entry overrides an earlier one of the same text.
  for (size_t i = 0; i < names_.size(); ++i) by_text_.Add(names_[i].text, static_cast<uint32_t>(i));
  for (size_t i = 0; i < names_.size(); ++i) {
    if (!names_[i].blocking) exact_.emplace(std::make_pair(names_[i].type, names_[i].text), i);
  }
}

std::vector<NameHit> NameDictionary::Find(std::string_view text) const {
  std::vector<NameHit> hits;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t step = utf8_length(static_cast<unsigned char>(text[pos]));
    PrefixTrie::Match longest = by_text_.LongestAt(text, pos);
    size_t matched = longest.length;
    // 利比亚国民军, 利比亚国防军: the 国 of a state's long form (利比亚国)
    // opens the name of its army or its parliament instead.
    if (matched > 3 && text.compare(pos + matched - 3, 3, "国") == 0) {
      std::string_view rest = text.substr(pos + matched - 3);
      bool opens_body = false;
      for (std::string_view w : {"国民军", "国防军", "国家警察", "国民议会", "国会"}) {
        opens_body = opens_body || rest.substr(0, w.size()) == w;
      }
      if (opens_body) {
        PrefixTrie::Match shorter = by_text_.LongestAt(text.substr(0, pos + matched - 3), pos);
        if (shorter.value != PrefixTrie::kNoValue && shorter.length == matched - 3) {
          longest = shorter;
          matched = shorter.length;
        }
      }
    }
    if (longest.value != PrefixTrie::kNoValue) {
      const Name& name = names_[longest.value];
      if (!name.blocking) {
        hits.push_back(NameHit{name.type, static_cast<uint32_t>(pos),
                               static_cast<uint32_t>(pos + matched), name.canonical});
      }
    }
    pos += matched > 0 ? matched : step;
  }
  return hits;
}

const std::string* NameDictionary::CanonicalOf(EntityType type, std::string_view name) const {
  auto it = exact_.find(std::make_pair(type, std::string(name)));
  return it == exact_.end() ? nullptr : &names_[it->second].canonical;
}

const std::string* NameDictionary::LongestPrefixNamed(EntityType type, std::string_view name,
                                                     size_t min_bytes, size_t* length) const {
  const std::string* longest = nullptr;
  // The trie holds every name of any type (the last added of a text), so
  // each key it finds is only a candidate for `type`; exact_ decides.
  by_text_.ForEachKeyAt(name, 0, [&](PrefixTrie::Match match) {
    if (match.length >= name.size()) return false;
    if (match.length < min_bytes) return true;
    if (const std::string* known = CanonicalOf(type, name.substr(0, match.length))) {
      longest = known;
      *length = match.length;
    }
    return true;
  });
  return longest;
}

Result<Rule> compile_declaration_rule() {
  return compile_rule("abbreviation/declared",
                      "\\((?:以下简称|以下称|下称|简称)((?:“[^”()\\n]{1,20}”(?:或|、|和)?)+)\\)");
}

Result<Rule> compile_parenthesized_declaration_rule() {
  return compile_rule("abbreviation/parenthesized", "\\((\\p{Han}{2,8})\\)");
}

std::vector<DeclaredAbbreviation> find_declared_abbreviations(const Rule& declaration,
                                                              const Rule& parenthesized,
                                                              std::string_view text,
                                                              const CharIndex& chars) {
  static const std::string_view kOpen = "“", kClose = "”";
  std::vector<DeclaredAbbreviation> out;
  RuleMatches matches(declaration, text, &chars);
  re2::StringPiece forms;
  bool possible = may_match(declaration, text);
  while (possible && matches.Next(&forms)) {
    DeclaredAbbreviation declared;
    // The parenthesis opens right after the full name.
    size_t paren = text.rfind('(', static_cast<size_t>(forms.data() - text.data()));
    declared.full_end = static_cast<uint32_t>(paren);
    std::string_view list(forms.data(), forms.size());
    for (size_t open = list.find(kOpen); open != std::string_view::npos;
         open = list.find(kOpen, open + 1)) {
      size_t begin = open + kOpen.size();
      size_t close = list.find(kClose, begin);
      if (close == std::string_view::npos) break;
      declared.short_forms.emplace_back(list.substr(begin, close - begin));
    }
    if (!declared.short_forms.empty()) out.push_back(std::move(declared));
  }
  RuleMatches more_matches(parenthesized, text, &chars);
  re2::StringPiece form;
  while (more_matches.Next(&form)) {
    DeclaredAbbreviation declared;
    declared.full_end = static_cast<uint32_t>(form.data() - text.data() - 1);
    declared.short_forms.emplace_back(form.data(), form.size());
    declared.parenthesized = true;
    out.push_back(std::move(declared));
  }
  std::stable_sort(out.begin(), out.end(), [](const DeclaredAbbreviation& a, const DeclaredAbbreviation& b) {
    return a.full_end < b.full_end;
  });
  return out;
}

bool is_made_of(std::string_view short_form, std::string_view full) {
  size_t at = 0;
  for (size_t i = 0; i < short_form.size();) {
    size_t n = std::min(utf8_length(static_cast<unsigned char>(short_form[i])), short_form.size() - i);
    size_t found = full.find(short_form.substr(i, n), at);
    if (found == std::string_view::npos) return false;
    at = found + n;
    i += n;
  }
  return true;
}

}  // namespace treatygraph
