// Streams articles out of the input files, one record at a time, in input order. Records that are
// not usable articles come out as BadRecords with their reason, for the quarantine.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "input_files.hpp"
#include "newspipe/article.hpp"

namespace newspipe::host {

/// A record that could not become an article: where it was, why, and its raw bytes.
struct BadRecord {
  std::string source;
  std::uint64_t line = 0;
  std::string reason;
  std::string raw;
};

class ArticleReader {
 public:
  ArticleReader(std::vector<InputFile> files, std::size_t max_record_bytes);
  ~ArticleReader();

  enum class Status { Article, Bad, End, Failed };
  /// Reads the next record into `article` or `bad`. Failed: the input could not be read (an I/O
  /// error, see failure()); the run cannot go on.
  Status next(Article& article, BadRecord& bad);

  const std::string& failure() const { return failure_; }
  /// Bytes consumed so far and the known total (0 when reading stdin).
  std::uint64_t bytes_read() const;
  std::uint64_t total_bytes() const { return total_bytes_; }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string failure_;
  std::uint64_t total_bytes_ = 0;
};

/// Parses one JSONL line into `article` (id, title, text, other fields verbatim). Returns an empty
/// string on success, else the reason the line is not an article. `line` must have at least
/// LineReader::kPadding readable bytes after its end.
std::string parse_jsonl_record(std::string_view line, Article& article, void* parser);

}  // namespace newspipe::host
