#include "cli/inputs.h"

#include <stdio.h>

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <system_error>

namespace treatygraph::cli {

namespace fs = std::filesystem;

void warn(const std::string& message) { std::fprintf(stderr, "treatygraph: warning: %s\n", message.c_str()); }

std::string describe_ingest_warning(const std::string& input, const IngestWarning& warning) {
  return input + ": byte " + std::to_string(warning.byte_offset) + ": " + warning.message;
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs, size_t* skipped) {
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (input == "-" || !fs::is_directory(input, ec)) {
      files.push_back(input);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code type_ec;
      if (it->is_regular_file(type_ec)) found.push_back(it->path().string());
    }
    if (ec) {
      warn(input + ": folder could not be read completely: " + ec.message());
      ++*skipped;
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

bool parse_thread_count(const std::string& value, const char* command, size_t* threads) {
  int n = std::atoi(value.c_str());
  if (n < 1 || n > 256) {
    std::fprintf(stderr, "treatygraph %s: --threads takes a number from 1 to 256\n", command);
    return false;
  }
  *threads = static_cast<size_t>(n);
  return true;
}

Result<Document> read_input(const std::string& input) {
  if (input != "-") return ingest_file(input);
  std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  return ingest_bytes("stdin", "", std::move(bytes));
}

Result<DocumentFragment> extract_fragment(const Extractors& extractors, const Document& doc,
                                          const std::string& input) {
  try {
    return make_fragment(doc, extractors.Run(doc));
  } catch (const std::exception& e) {
    return Status(StatusCode::kInternal, std::string("extraction failed: ") + e.what(), input);
  }
}

std::optional<Extractors> load_extractors(const std::vector<std::string>& gazetteers,
                                          const char* command) {
  Gazetteer gazetteer = Gazetteer::BuiltIn();
  for (const std::string& path : gazetteers) {
    Status s = gazetteer.AddFile(path);
    if (!s.ok()) {
      std::fprintf(stderr, "treatygraph %s: %s\n", command, s.ToString().c_str());
      return std::nullopt;
    }
  }
  Result<Extractors> extractors = Extractors::Create(gazetteer);
  if (!extractors.ok()) {
    std::fprintf(stderr, "treatygraph %s: %s\n", command, extractors.status().ToString().c_str());
    return std::nullopt;
  }
  return std::move(extractors.value());
}

bool read_line(std::FILE* in, std::string* line) {
  // POSIX getline: any line length, and NUL bytes do not cut a line short.
  char* buffer = nullptr;
  size_t capacity = 0;
  ssize_t n = ::getline(&buffer, &capacity, in);
  if (n < 0) {
    std::free(buffer);
    line->clear();
    return false;
  }
  line->assign(buffer, static_cast<size_t>(n));
  std::free(buffer);
  if (!line->empty() && line->back() == '\n') line->pop_back();
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return true;
}

}  // namespace treatygraph::cli
