// Escaping shared by the text-based writers.
#ifndef TREATYGRAPH_EXPORT_TEXT_ESCAPE_H_
#define TREATYGRAPH_EXPORT_TEXT_ESCAPE_H_

#include <string>
#include <string_view>
#include <vector>

namespace treatygraph {

// Escapes &, <, >, " and ' for XML text and attributes, and drops what XML
// 1.0 forbids (controls other than tab and line breaks, U+FFFE, U+FFFF).
// REQUIRES: `s` is valid UTF-8.
void append_xml_escaped(std::string_view s, std::string* out);

// Drops what XML 1.0 forbids; leaves everything else as is. Used for strings
// that go through a JSON writer too, so every export carries the same text.
std::string drop_forbidden_characters(std::string_view s);

// A node's aliases as one field, joined with '|' (which never occurs in a
// name): the form GraphML, GEXF and CSV share.
std::string join_aliases(const std::vector<std::string>& aliases);

// A double printed the same way on every machine: %.9g.
std::string format_double(double value);

}  // namespace treatygraph

#endif  // TREATYGRAPH_EXPORT_TEXT_ESCAPE_H_
