// Documents as lines of JSON: how Hadoop Streaming and Spark's RDD.pipe hand
// records to a program, since both split their input into lines.
#include <rapidjson/document.h>

#include <array>

#include "shard/json_line.h"
#include "treatygraph/shard.h"

namespace treatygraph {
namespace {

// 0..63 for the base64 alphabet, -1 for anything else.
constexpr std::array<int8_t, 256> make_base64_table() {
  std::array<int8_t, 256> t{};
  for (size_t i = 0; i < t.size(); ++i) t[i] = -1;
  const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (int i = 0; i < 64; ++i) t[static_cast<unsigned char>(alphabet[i])] = static_cast<int8_t>(i);
  return t;
}

}  // namespace

std::optional<std::string> decode_base64(std::string_view text) {
  static constexpr std::array<int8_t, 256> kValue = make_base64_table();
  if (text.size() % 4 != 0) return std::nullopt;
  size_t padding = 0;
  if (!text.empty() && text.back() == '=') ++padding;
  if (text.size() >= 2 && text[text.size() - 2] == '=') ++padding;
  std::string out;
  out.reserve(text.size() / 4 * 3);
  uint32_t bits = 0;
  int held = 0;
  for (size_t i = 0; i + padding < text.size(); ++i) {
    int v = kValue[static_cast<unsigned char>(text[i])];
    if (v < 0) return std::nullopt;
    bits = (bits << 6) | static_cast<uint32_t>(v);
    held += 6;
    if (held >= 8) {
      held -= 8;
      out.push_back(static_cast<char>((bits >> held) & 0xFF));
    }
  }
  return out;
}

Result<InputDocument> parse_input_line(std::string line, const std::string& origin) {
  rapidjson::Document json;
  if (Status parsed = parse_json_line(&line, origin, &json); !parsed.ok()) return parsed;
  auto field = [&json](const char* key) -> const rapidjson::Value* {
    auto it = json.FindMember(key);
    return it == json.MemberEnd() || !it->value.IsString() ? nullptr : &it->value;
  };
  auto text_of = [](const rapidjson::Value* v) { return std::string(v->GetString(), v->GetStringLength()); };
  if (!json.IsObject()) {
    return Status(StatusCode::kUnreadable, "a document line is a JSON object with \"name\" and \"text\" or \"base64\"", origin);
  }
  InputDocument doc;
  if (const auto* path = field("path")) doc.path = text_of(path);
  if (const auto* name = field("name")) {
    doc.name = text_of(name);
  } else {
    doc.name = doc.path.substr(doc.path.find_last_of('/') + 1);
  }
  if (doc.name.empty()) return Status(StatusCode::kUnreadable, "a document line without \"name\" or \"path\"", origin);
  if (const auto* text = field("text")) {
    doc.bytes = text_of(text);
  } else if (const auto* encoded = field("base64")) {
    std::optional<std::string> bytes = decode_base64(std::string_view(encoded->GetString(), encoded->GetStringLength()));
    if (!bytes) return Status(StatusCode::kUnreadable, "\"base64\" of " + doc.name + " is not valid base64", origin);
    doc.bytes = std::move(*bytes);
  } else {
    return Status(StatusCode::kUnreadable, "document " + doc.name + " has neither \"text\" nor \"base64\"", origin);
  }
  return doc;
}

}  // namespace treatygraph
