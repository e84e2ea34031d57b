#include "line_reader.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace newspipe::host {

namespace {
constexpr std::size_t kChunk = 1 << 20;
constexpr std::size_t kKeptPrefix = 4096;  // of an over-long line, for the quarantine record
}  // namespace

LineReader::LineReader(int fd, std::size_t max_line_bytes) : fd_(fd), max_(max_line_bytes) {
  buf_.resize(kChunk + kPadding);
}

LineReader::~LineReader() {
  if (fd_ > 0) ::close(fd_);
}

bool LineReader::fill() {
  if (eof_) return false;
  // Move unread data to the front, then grow if a single line fills the buffer.
  if (begin_ > 0) {
    std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (buf_.size() - end_ < kChunk / 2 + kPadding) buf_.resize(buf_.size() * 2);
  for (;;) {
    const ssize_t n = ::read(fd_, buf_.data() + end_, buf_.size() - end_ - kPadding);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      io_error_ = std::strerror(errno);
      eof_ = true;
      return false;
    }
    if (n == 0) {
      eof_ = true;
      return false;
    }
    end_ += static_cast<std::size_t>(n);
    bytes_read_ += static_cast<std::uint64_t>(n);
    return true;
  }
}

LineReader::Status LineReader::next(std::string_view& line) {
  std::size_t scanned = begin_;
  for (;;) {
    const void* nl = std::memchr(buf_.data() + scanned, '\n', end_ - scanned);
    if (nl) {
      const std::size_t pos = static_cast<const char*>(nl) - buf_.data();
      line = std::string_view(buf_.data() + begin_, pos - begin_);
      begin_ = pos + 1;
      ++line_no_;
      if (line.size() > max_) {
        too_long_bytes_ = line.size();
        overflow_prefix_.assign(line.substr(0, kKeptPrefix));
        line = overflow_prefix_;
        return Status::TooLong;
      }
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      return Status::Line;
    }
    if (end_ - begin_ > max_) {
      // Over the limit: keep the first bytes for the quarantine record, skip to the line's end.
      ++line_no_;
      std::uint64_t total = end_ - begin_;
      std::string prefix(buf_.data() + begin_, std::min(kKeptPrefix, end_ - begin_));
      begin_ = end_ = 0;
      for (;;) {
        if (!fill()) break;
        const void* nl2 = std::memchr(buf_.data(), '\n', end_);
        if (nl2) {
          const std::size_t pos = static_cast<const char*>(nl2) - buf_.data();
          total += pos;
          begin_ = pos + 1;
          break;
        }
        total += end_;
        begin_ = end_ = 0;
      }
      too_long_bytes_ = total;
      overflow_prefix_ = std::move(prefix);
      line = overflow_prefix_;
      return Status::TooLong;
    }
    scanned = end_;
    const std::size_t old_begin = begin_;
    if (!fill()) {
      if (!io_error_.empty()) return Status::IoError;
      if (end_ > begin_) {  // last line without '\n'
        line = std::string_view(buf_.data() + begin_, end_ - begin_);
        begin_ = end_;
        ++line_no_;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        return Status::Line;
      }
      return Status::End;
    }
    scanned -= old_begin;  // fill() moved the unread data to the front
  }
}

}  // namespace newspipe::host
