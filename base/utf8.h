// UTF-8 encoding of one code point, shared by ingest and its build-time
// table generator.
#ifndef TREATYGRAPH_BASE_UTF8_H_
#define TREATYGRAPH_BASE_UTF8_H_

#include <string>

namespace treatygraph {

// Appends the UTF-8 form of `cp` to *out.
void append_utf8(char32_t cp, std::string* out);

}  // namespace treatygraph

#endif  // TREATYGRAPH_BASE_UTF8_H_
