// Reads a file (or stdin) line by line through one large buffer, without ever holding more than
// one over-long line's first bytes: memory stays bounded whatever the input.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace newspipe::host {

class LineReader {
 public:
  /// Bytes kept readable after every line, so simdjson can parse a line in place.
  static constexpr std::size_t kPadding = 64;

  /// `fd` is owned and closed by the reader (unless it is 0, stdin).
  LineReader(int fd, std::size_t max_line_bytes);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  enum class Status { Line, TooLong, End, IoError };
  /// Reads the next line (without its '\n'). For TooLong, `line` holds the line's first bytes and
  /// `too_long_bytes` its full length; the rest has been skipped.
  Status next(std::string_view& line);
  std::uint64_t line_number() const { return line_no_; }
  std::uint64_t bytes_read() const { return bytes_read_; }
  std::uint64_t too_long_bytes() const { return too_long_bytes_; }
  const std::string& io_error() const { return io_error_; }

 private:
  bool fill();  // appends more data; false at end of file or on error

  int fd_;
  std::size_t max_;
  std::string buf_;
  std::size_t begin_ = 0;  // start of unread data in buf_
  std::size_t end_ = 0;    // end of valid data in buf_
  bool eof_ = false;
  std::uint64_t line_no_ = 0;
  std::uint64_t bytes_read_ = 0;
  std::uint64_t too_long_bytes_ = 0;
  std::string io_error_;
  std::string overflow_prefix_;
};

}  // namespace newspipe::host
