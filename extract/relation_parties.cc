// Who stands behind the document: sponsors, signatories, and the countries
// the signatories speak for.
//
//   中国、印度、……和乌兹别克斯坦:决议草案      SPONSORED_BY @document -> each country
//   中华人民共和国主席 胡锦涛                     REPRESENTS 胡锦涛 -> 中国
//   吉尔吉斯共和国代总统、总理扎帕罗夫            REPRESENTS 扎帕罗夫 -> 吉尔吉斯斯坦
//   中华人民共和国 常驻联合国代表 大使 李保东(签名) REPRESENTS, SIGNED_BY
// A person signs the document when the name is followed by (签名), or when
// it stands with its title in the closing block after the last sentence
// (the signatures of a declaration); a name in running text with a title
// represents its country but signs nothing.
#include <algorithm>

#include "extract/relation_rules.h"

namespace treatygraph {
namespace {

using T = EntityType;

// Titles that, written between a country and a name, make the person that
// country's representative. The gap must end with one of them.
// `ministry`: the country stands right before the name, so a 与 in the gap
// joins the portfolio of one minister (外交与对外经济部长, 国际关系与合作部长),
// not a second party.
const std::string_view kTitles[] = {
    "主席",   "总统", "总理", "首相", "国王",   "女王",   "埃米尔",   "苏丹", "亲王",
    "王储",   "大使", "代表", "部长", "外长",   "国务卿", "国务委员", "议长", "元首",
    "领导人", "总督", "特使", "大臣", "总书记", "副总统", "常驻代表", "司令", "首脑", "长官",
    "临时代办"};

bool is_title(std::string_view gap, bool ministry = false) {
  if (gap.size() > 45) return false;
  GapShape shape = shape_of(gap);
  std::string_view t = trim(gap);
  bool portfolio = ministry && (ends_with(t, "部长") || ends_with(t, "大臣"));
  // 负责国防事务的副首相: a portfolio described with 的 is still the title.
  std::string_view described = t;
  if (starts_with(described, "负责") && described.rfind("的") != std::string_view::npos) {
    described = described.substr(described.rfind("的") + std::string_view("的").size());
  }
  // 也门问题特使: an envoy on a country's question does not represent it.
  if (shape.commas > 0 || shape.open > 0 || contains_any(gap, {"。", ";", "问题"}) ||
      contains(described, "的") ||
      (!portfolio && contains(gap, "与"))) {
    return false;
  }
  for (std::string_view title : kTitles) {
    if (ends_with(t, title)) return true;
  }
  return false;
}

// A gap in a list of sponsors that holds one name the gazetteer does not
// know (、刚果、 when 刚果 is unknown): the list goes on past it.
bool unknown_item(std::string_view gap) {
  if (gap.size() < 3 * 3 || !starts_with(gap, "、") || !(ends_with(gap, "、") || ends_with(gap, "和"))) {
    return false;
  }
  std::string_view item = gap.substr(3, gap.size() - 6);
  if (item.size() > 10 * 3) return false;
  for (size_t i = 0; i < item.size(); i += 3) {
    if (!is_han(item.substr(i, 3))) return false;
  }
  return true;
}

void sponsors(RelationContext& ctx) {
  const std::vector<int>& top = ctx.top();
  std::string_view text = ctx.text();
  for (std::string_view marker : {":决议草案", ":订正决议草案"}) {
    for (size_t pos = text.find(marker); pos != std::string_view::npos;
         pos = text.find(marker, pos + 1)) {
      // Walk back over the countries listed before the marker.
      // Top-level mentions end in increasing order (none is nested in
      // another): a binary search, not a walk from the first for each marker.
      size_t k = static_cast<size_t>(
          std::partition_point(top.begin(), top.end(),
                               [&](int i) { return ctx.mention(i).end <= pos; }) -
          top.begin());
      uint32_t boundary = static_cast<uint32_t>(pos);
      std::vector<int> found;
      while (k > 0) {
        int i = top[k - 1];
        const Mention& m = ctx.mention(i);
        std::string_view gap = ctx.slice(m.end, boundary);
        bool first = found.empty();
        // Sponsors marked with * (co-sponsor later) or footnote digits.
        std::string_view g = trim(gap);
        auto marker_byte = [](char c) { return c == '*' || c == ' ' || (c >= '0' && c <= '9'); };
        while (!g.empty() && marker_byte(g.back())) g.remove_suffix(1);
        while (!g.empty() && marker_byte(g.front())) g.remove_prefix(1);  // 捷克*和乌拉圭
        if (m.type != T::kCountry || !(first ? g.empty() : is_coordinator(g) || g == "," || unknown_item(g))) {
          break;
        }
        found.push_back(i);
        boundary = m.begin;
        --k;
      }
      uint32_t end = static_cast<uint32_t>(pos + marker.size());
      for (int i : found)
        ctx.Add("SPONSORED_BY", RelationMention::kDocument, i, boundary, end, "relation/sponsors");
    }
  }
}

// Where the closing block begins: after the last sentence end, when that is
// near the end of the document.
uint32_t closing_block(std::string_view text) {
  size_t last = text.rfind("。");
  if (last == std::string_view::npos) return 0;
  return static_cast<uint32_t>(last + 3);
}

void people(RelationContext& ctx) {
  const std::vector<int>& top = ctx.top();
  uint32_t closing = closing_block(ctx.text());
  for (size_t k = 0; k < top.size(); ++k) {
    int p = top[k];
    const Mention& person = ctx.mention(p);
    if (person.type != T::kPerson) continue;
    bool titled = false;
    // The nearest country before the name, over organisations that are part
    // of the title (常驻联合国代表).
    for (size_t j = k; j > 0 && j + 3 > k; --j) {
      int c = top[j - 1];
      const Mention& country = ctx.mention(c);
      if (country.type == T::kOrganization) continue;
      if (country.type == T::kCountry && is_title(ctx.slice(country.end, person.begin), j == k)) {
        ctx.Add("REPRESENTS", p, c, country.begin, person.end, "relation/title");
        titled = true;
      }
      break;
    }
    // 任命加里·科尼耶为海地总理: the title and its country after the name.
    if (!titled && k + 1 < top.size()) {
      int c = top[k + 1];
      const Mention& country = ctx.mention(c);
      std::string_view verb = trim(ctx.slice(person.end, country.begin));
      std::string_view title = ctx.slice(country.end, country.end + 4 * 3);
      bool appointed = verb == "为" || verb == "出任" || verb == "担任" || verb == "当选为";
      bool titled_after = false;
      for (std::string_view t : kTitles) titled_after = titled_after || starts_with(title, t);
      if (country.type == T::kCountry && appointed && titled_after) {
        ctx.Add("REPRESENTS", p, c, person.begin, country.end, "relation/title-after");
        titled = true;
      }
    }
    std::string_view after = trim(ctx.slice(person.end, person.end + 12));
    bool signature = starts_with(after, "(签名)") || starts_with(after, "(签字)");
    // A signatory's name ends its line, or runs into the next signatory's
    // country; a web page's related links after the last sentence
    // (·王毅同所罗门群岛外长阿戈瓦卡举行会谈) name people doing things.
    std::string_view line_rest = ctx.slice(person.end, person.end + 24);
    line_rest = trim(line_rest.substr(0, line_rest.find('\n')));
    bool ends_entry = line_rest.empty() || line_rest[0] == '[' ||
                      (k + 1 < top.size() && ctx.mention(top[k + 1]).begin == person.end &&
                       ctx.mention(top[k + 1]).type == T::kCountry);
    if (signature || (titled && person.begin >= closing && ends_entry)) {
      ctx.Add("SIGNED_BY", RelationMention::kDocument, p, person.begin, person.end,
              signature ? "relation/signature" : "relation/signature-block");
    }
  }
}

}  // namespace

void relate_parties(RelationContext& ctx) {
  sponsors(ctx);
  people(ctx);
}

}  // namespace treatygraph
