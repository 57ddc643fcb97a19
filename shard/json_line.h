// Parsing one line of JSON in place, for the two line formats of shard/.
#ifndef TREATYGRAPH_SHARD_JSON_LINE_H_
#define TREATYGRAPH_SHARD_JSON_LINE_H_

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <string>

#include "treatygraph/status.h"

namespace treatygraph {

// Parses *line in situ into *json (strings point into *line, which must
// outlive it). A syntax error names `origin` and the byte offset.
inline Status parse_json_line(std::string* line, const std::string& origin, rapidjson::Document* json) {
  json->ParseInsitu(line->data());
  if (!json->HasParseError()) return Status::Ok();
  return Status(StatusCode::kUnreadable,
                std::string("not valid JSON: ") + rapidjson::GetParseError_En(json->GetParseError()),
                origin, json->GetErrorOffset());
}

}  // namespace treatygraph

#endif  // TREATYGRAPH_SHARD_JSON_LINE_H_
