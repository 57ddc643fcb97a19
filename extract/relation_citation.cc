// What a resolution's paragraphs do with the texts they cite. Each
// preambular or operative paragraph opens with its verb, which applies to
// the resolutions, instruments and meetings the paragraph names:
//   又回顾2010年4月5日……的联合声明,          RECALLS    @document -> 联合声明
//   4. 注意到……第71/14号决议……                 NOTES      @document -> A/RES/71/14
//   欢迎 / 确认 / 重申 / 决定 / 请              WELCOMES, RECOGNIZES, REAFFIRMS, DECIDES, REQUESTS
// A later clause of the same paragraph may change the verb:
//   回顾大会在第71/14号决议中……,并在这方面注意到……会议 -> RECALLS the
//   resolution, NOTES the meeting.
// Openings are read after numbering (1.), emphasis (**), the particles
// 又/还/并/也, adverbs ending in 地 (满意地注意到, 表示赞赏地注意到), and the
// subject a declaration's paragraphs open with (成员国欢迎……).
#include "extract/relation_rules.h"

namespace treatygraph {
namespace {

using T = EntityType;

struct Verb {
  std::string_view word;
  const char* relation;
};

// Longest first where one verb begins another.
const Verb kVerbs[] = {
    {"回顾", "RECALLS"},      {"表示注意到", "NOTES"}, {"注意到", "NOTES"},
    {"知悉", "NOTES"},        {"欢迎", "WELCOMES"},    {"确认", "RECOGNIZES"},
    {"认识到", "RECOGNIZES"}, {"承认", "RECOGNIZES"},  {"重申", "REAFFIRMS"},
    {"决定", "DECIDES"},      {"请", "REQUESTS"},
};

// The relation named by the verb at the start of `s`, after particles,
// numbering and adverbs; nullptr when `s` opens otherwise.
const char* opening_verb(std::string_view s) {
  s = trim(s);
  bool changed = true;
  while (changed) {
    changed = false;
    while (!s.empty() && ((s.front() >= '0' && s.front() <= '9') || s.front() == '.' ||
                          s.front() == '*' || s.front() == ' ')) {
      s.remove_prefix(1);
      changed = true;
    }
    // The subject of a declaration's paragraph: 成员国欢迎……, 元首们指出…….
    for (std::string_view p : {"又", "还", "并", "也", "再次", "在这方面", "表示", "成员国", "各方",
                               "元首们", "大会", "安理会", "安全理事会"}) {
      if (starts_with(s, p)) s.remove_prefix(p.size()), changed = true;
    }
    // An adverb: up to six characters ending in 地 (满意地, 赞赏地). Only
    // the first 21 bytes can hold it: `s` runs to the next mention, and
    // searching all of it for each clause would be quadratic on one line.
    size_t di = s.substr(0, 18 + 3).find("地");
    if (di != std::string_view::npos && di > 0 && di <= 18 && !contains(s.substr(0, di), ",") &&
        (starts_with(s, "满意") || starts_with(s, "赞赏") || starts_with(s, "关切") ||
         starts_with(s, "欣慰") || starts_with(s, "深感关切"))) {
      s.remove_prefix(di + 3);
      changed = true;
    }
  }
  for (const Verb& v : kVerbs) {
    if (starts_with(s, v.word)) {
      // 请 is a request only when it opens the paragraph with its addressee,
      // not inside 请求/请愿 — those are other words.
      if (v.word == "请" && (starts_with(s, "请求") || starts_with(s, "请愿"))) return nullptr;
      return v.relation;
    }
  }
  if (starts_with(s, "表示注意")) return "NOTES";
  return nullptr;
}

}  // namespace

void relate_citations(RelationContext& ctx) {
  const std::vector<int>& top = ctx.top();
  const char* verb = nullptr;
  uint32_t pos = 0;  // where the text read so far ends
  for (int i : top) {
    const Mention& m = ctx.mention(i);
    // Look for paragraph starts and verb-switching clauses before m. Each
    // byte of the text is read once: the next line break and the next
    // comma are found again only once the cut has passed them.
    std::string_view before = ctx.slice(pos, m.begin);
    size_t nl = before.find('\n');
    size_t cm = before.find(",");
    for (;;) {
      size_t cut = std::min(nl, cm);
      if (cut == std::string_view::npos) break;
      const char* v = opening_verb(before.substr(cut + 1));
      if (before[cut] == '\n') {
        verb = v;  // a new paragraph: its own verb or none
      } else if (v != nullptr) {
        verb = v;  // a clause with a verb of its own: ,并在这方面注意到 / ,欢迎
      }
      size_t p = cut + 1;
      if (nl < p) nl = before.find('\n', p);
      if (cm < p) cm = before.find(",", p);
    }
    if (pos == 0 && verb == nullptr) verb = opening_verb(ctx.slice(0, m.begin));
    pos = std::max(pos, m.end);
    if (verb == nullptr ||
        !(m.type == T::kResolution || m.type == T::kInstrument || m.type == T::kMeeting)) {
      continue;
    }
    // Evidence from the start of the sentence citing the text to the cited
    // text: the sentence holds the relation. (Not from the paragraph's start:
    // a paragraph may be a whole file on one line, and each evidence would
    // then quote all of it, output growing with the square of the size.)
    ctx.Add(verb, RelationMention::kDocument, i, ctx.sentence_begin(m.begin), m.end,
            "relation/paragraph-verb");
  }
}

}  // namespace treatygraph
