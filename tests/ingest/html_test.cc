#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "ingest/decode.h"
#include "ingest/html.h"
#include "treatygraph/document.h"

namespace treatygraph {
namespace {

std::vector<char32_t> cps_of(const std::string& utf8) { return utf8_codepoints(utf8); }

bool detect(const std::string& utf8) {
  std::vector<char32_t> cps = cps_of(utf8);
  return looks_like_html(cps.data(), cps.size());
}

// The normalised text of a page: what the extractors see.
std::string page_text(const std::string& body) {
  Result<Document> d = ingest_bytes("t.html", "", "<!DOCTYPE html>\n" + body);
  REQUIRE(d.ok());
  CHECK(d.value().format == "html");
  return d.value().text;
}

}  // namespace

TEST_CASE("HTML is told from text by its content, conservatively") {
  struct Case {
    const char* input;
    bool html;
  };
  const Case cases[] = {
      {"<!DOCTYPE html><html><body>正文</body></html>", true},
      {"  \n<html lang=\"zh-CN\">\n<body>正文", true},
      {"\xEF\xBB\xBF<!doctype HTML>\n正文", true},  // a BOM the decoder left in
      {"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- saved -->\n"
       "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\">", true},
      {"<p>第一段。</p>\n<p>第二段。</p>\n<p>第三段。</p>", true},  // a fragment
      {"<div class=\"TRS_Editor\"><p>正文</p><br/>附件</div>", true},
      {"<meta charset=\"utf-8\">\n<div>很长的正文……</div>", true},  // opens with a tag
      {"<p>只有一个标签的文本", false},
      {"", false},
      {"上海合作组织成员国元首理事会会议在青岛举行。", false},
      {"若 a<b 且 c>d,则 a<d。", false},                      // stray '<'
      {"本文讨论 <p> 标签和 <div> 标签的用法。", false},       // a tag or two quoted
      {"1<2<3<4<5<6<7<8", false},
      {"<htmlx>不是网页</htmlx>", false},
      {"《联合国宪章》和《上海合作组织宪章》", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    CHECK(detect(c.input) == c.html);
  }
  // A long text that quotes a few tags is still text: too few per character.
  std::string long_text;
  for (int i = 0; i < 2000; ++i) long_text += "成员国重申恪守《联合国宪章》宗旨和原则。";
  CHECK(!detect(long_text + "<p>一</p><p>二</p><br><br>"));
}

TEST_CASE("markup is stripped and block elements end paragraphs") {
  struct Case {
    const char* html;
    const char* text;
  };
  const Case cases[] = {
      {"<p>上海合作组织</p><p>成员国</p>", "上海合作组织\n成员国"},
      {"<div>第一段</div>\n<div>第二段</div>", "第一段\n第二段"},
      {"<p>联合国<br>大会</p>", "联合国\n大会"},
      {"<p>联合国<br/><br />大会</p>", "联合国\n大会"},
      {"<p><b>上海</b>合作<i>组织</i></p>", "上海合作组织"},       // inline tags join
      {"<p><span style=\"x\">上合</span><font color=red>组织</font></p>", "上合组织"},
      {"<p>上合组\n织</p>", "上合组织"},           // a source line break is a space
      {"<p>United\nNations</p>", "United Nations"},
      {"<h1>标题</h1><h2>副标题</h2>", "标题\n副标题"},
      {"<ul><li>中国</li><li>俄罗斯</li></ul>", "中国\n俄罗斯"},
      {"<table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td></tr></table>", "甲\n乙\n丙"},
      {"<section><article><p>正文</p></article></section>", "正文"},
      {"<head><title>外交部网站</title></head><body><p>正文</p></body>", "正文"},
      {"<script>var s = '<p>联合国</p>';</script><p>正文</p>", "正文"},
      {"<script type=\"text/javascript\">if (a < b && c > d) {}</script>正文", "正文"},
      {"<style>p { color: red; }</style><p>正文</p>", "正文"},
      {"<p>正<!-- 注释 <p>中国</p> -->文</p>", "正文"},
      {"<p>a<!-->b</p>", "ab"},
      {"<noscript>请启用脚本</noscript><p>正文</p>", "正文"},
      {"<select><option>中国</option><option>美国</option></select><p>正文</p>", "正文"},
      {"<nav><ul><li>亚洲</li><li>中国</li></ul></nav><p>正文</p>", "正文"},
      {"<pre>第一行。\n\n第二行</pre>", "第一行。\n第二行"},
      {"<P CLASS=x>大写</P>", "大写"},
      {"<p><o:p></o:p>Word 导出</p>", "Word导出"},
      {"<a href=\"x.html?a=1&amp;b=2\" title='a>b'>链接</a>", "链接"},
      {"<img src=\"x.png\" alt=\"中国地图\">图", "图"},
      {"<p>1 < 2 and 3 > 2</p>", "1 < 2 and 3 > 2"},     // '<' that opens no tag
      {"<p>未闭合<script>var x;</p>", "未闭合var x;"},   // unclosed <script>: tag only
      {"<p>坏标签<a href=\"x>一段</p>", "坏标签一段"},     // a quote never closed: '>' ends
      {"<![CDATA[x]]><?php echo 1; ?><p>正文</p>", "正文"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.html);
    CHECK(page_text(c.html) == c.text);
  }
}

TEST_CASE("character references are decoded") {
  struct Case {
    const char* html;
    const char* text;
  };
  const Case cases[] = {
      {"AT&amp;T", "AT&T"},
      {"&lt;p&gt;", "<p>"},
      {"&quot;x&quot; &apos;y&apos;", "\"x\" 'y'"},
      {"&#125;", "}"},
      {"&#x4E2D;&#X56fd;", "中国"},
      {"&#20013;&#22269", "中国"},                 // the last ';' missing
      {"联合&nbsp;国", "联合国"},                    // a no-break space next to CJK
      {"United&nbsp;Nations", "United Nations"},
      {"&ldquo;上海精神&rdquo;", "“上海精神”"},
      {"2019&ndash;2021 &mdash;", "2019-2021-"},  // a dash is CJK context
      {"&#150;", "-"},                             // windows-1252 en dash
      {"&hellip;&middot;", "...·"},                // NFKC spells out the ellipsis
      {"&amp &copy 2018", "& © 2018"},             // legacy names without ';'
      {"&ampx &copyx", "&ampx &copyx"},
      {"&unknown; & &; &#; &#x;", "&unknown; & &; &#; &#x;"},
      {"&#0;&#xD800;&#x110000;&#99999999999999999;", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"&amp;lt;", "&lt;"},                        // decoded once, not twice
  };
  for (const Case& c : cases) {
    CAPTURE(c.html);
    CHECK(normalize_for_matching(c.html, "html") == c.text);
  }
}

TEST_CASE("a reference stands for its whole source span, a tag for nothing") {
  std::vector<char32_t> cps = cps_of("<b>&#x4E2D;</b>国&amp;");
  Content c = strip_html(cps.data(), cps.size(), 100);
  REQUIRE(c.size() == 3);
  CHECK(c.codepoints[0] == U'中');
  CHECK(c.source_begin[0] == 103);
  CHECK(c.source_end[0] == 111);  // "&#x4E2D;"
  CHECK(c.codepoints[1] == U'国');
  CHECK(c.source_begin[1] == 115);
  CHECK(c.codepoints[2] == U'&');
  CHECK(c.source_end[2] == 100 + cps.size());
}

TEST_CASE("pathological markup is stripped in linear time") {
  // Each would take a scan to the end per '<' or '&' in a naive parser: on a
  // million units that is ~10^12 steps, which runs into the suite's
  // per-test timeout (tests/CMakeLists.txt), while a linear scan takes
  // milliseconds. No clock is read, so a loaded machine cannot fail it.
  struct Case {
    const char* name;
    std::string unit;
  };
  const Case cases[] = {
      {"unclosed tags", "<a "},
      {"unclosed quotes", "<a x=\""},
      {"unclosed comments", "<!--"},
      {"unclosed scripts", "<script>"},
      {"unclosed end tags", "<script></scrip"},
      {"stray ampersands", "&#"},
      {"long entity names", "&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    std::string page;
    for (size_t i = 0; i < 1000000; ++i) page += c.unit;
    std::vector<char32_t> cps = cps_of(page);
    Content stripped = strip_html(cps.data(), cps.size());
    CHECK(stripped.size() <= cps.size());
  }
}

TEST_CASE("random markup keeps the offset map well formed") {
  // Fragments that open every path of the scanner, in random order: a crash,
  // a span out of bounds or going backwards fails here (run it under ASan).
  const char* const pieces[] = {
      "<p>", "</p>", "<b>", "</b>", "<br>", "<!--", "-->", "<script>", "</script>", "<", ">",
      "&", "&amp;", "&#x4E2D;", "&#", ";", "\"", "'", "=", " ", "\n", "\r", "联合国", "大会",
      "2018年6月9日", "。", "<a href=\"", "<pre>", "</pre>", "---\n", "title: x\n",
      "\xEF\xBF\xBE", "\x01", "&nbsp", "<!DOCTYPE html>", "<?x", "</", "<td>", "United Nations"};
  const size_t kPieces = sizeof(pieces) / sizeof(pieces[0]);
  uint32_t x = 7;
  auto next = [&x]() { return (x = x * 1103515245 + 12345) >> 16; };
  for (int round = 0; round < 500; ++round) {
    std::string page = round % 2 == 0 ? "<!DOCTYPE html>" : "";
    for (uint32_t k = 0, len = next() % 120; k < len; ++k) page += pieces[next() % kPieces];
    CAPTURE(page);
    Result<Document> r = ingest_bytes("r.txt", "", page);
    REQUIRE(r.ok());
    const Document& d = r.value();
    size_t cps = d.decoded_source_byte.size() - 1;
    uint32_t text_cps = 0;  // code points of `text` started so far
    for (uint32_t pos = 0; pos < d.text.size(); ++pos) {
      text_cps += (d.text[pos] & 0xC0) != 0x80;
      REQUIRE(d.text_codepoint_index(pos) == text_cps - 1);
    }
    REQUIRE(d.text_codepoint_begin.size() == text_cps);
    REQUIRE(d.text_codepoint_end.size() == text_cps);
    for (size_t k = 0; k < text_cps; ++k) {
      REQUIRE(d.text_codepoint_begin[k] < d.text_codepoint_end[k]);
      REQUIRE(d.text_codepoint_end[k] <= cps);
      if (k > 0) {
        REQUIRE(d.text_codepoint_begin[k - 1] <= d.text_codepoint_begin[k]);
        REQUIRE(d.text_codepoint_end[k - 1] <= d.text_codepoint_end[k]);
      }
    }
    for (uint32_t i = 0; i < d.sentences.size(); ++i) {
      REQUIRE(d.sentences[i].end <= d.text.size());
      d.quote_sentence(i);
      d.line_of(d.sentences[i].begin);
    }
  }
}

TEST_CASE("in well-formed pages every sentence's source normalises to its text") {
  // The offset contract on random pages built from well-formed pieces: the
  // page source of a sentence, stripped and normalised, is the sentence.
  const char* const pieces[] = {
      "<p>", "</p>", "<b>", "</b>", "<br>", "<!-- 注释 -->", "<script>var a='<p>';</script>",
      "&amp;", "&#x4E2D;", "&#22269;", "&nbsp;", "&ldquo;", " ", "\n", "联合国", "大会",
      "2018年6月9日", "。", "<a href=\"a.html?x=1&amp;y=2\">", "</a>", "<div class='x'>",
      "</div>", "United", "Nations", "<td>", "<li>", "第73/1号决议", "，", "上合组\n织"};
  const size_t kPieces = sizeof(pieces) / sizeof(pieces[0]);
  uint32_t x = 11;
  auto next = [&x]() { return (x = x * 1103515245 + 12345) >> 16; };
  for (int round = 0; round < 300; ++round) {
    std::string page = "<!DOCTYPE html>";
    for (uint32_t k = 0, len = next() % 80; k < len; ++k) page += pieces[next() % kPieces];
    CAPTURE(page);
    Document d = ingest_bytes("w.txt", "", page).value();
    for (const Sentence& s : d.sentences) {
      CHECK(normalize_for_matching(d.surface(s.begin, s.end), "html") ==
            d.text.substr(s.begin, s.end - s.begin));
    }
  }
}

}  // namespace treatygraph
