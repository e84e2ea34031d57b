#include "atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace newspipe::host {

namespace fs = std::filesystem;

Result<AtomicFile> AtomicFile::create(const std::string& path) {
  if (path == "-") return AtomicFile(path, "", stdout);
  const fs::path target(path);
  std::error_code ec;
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  if (ec) {
    return Error{"cannot create the folder " + target.parent_path().string() + ": " + ec.message()};
  }
  // Hidden and named after the process, so two runs never share one and a leftover is recognisable.
  const fs::path tmp = target.parent_path() /
                       ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()));
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) {
    return Error{"cannot write " + tmp.string() + ": " + std::strerror(errno) +
                 "; check that the output folder is writable"};
  }
  std::setvbuf(f, nullptr, _IOFBF, 1 << 20);
  return AtomicFile(path, tmp.string(), f);
}

AtomicFile::AtomicFile(AtomicFile&& o) noexcept
    : path_(std::move(o.path_)), tmp_(std::move(o.tmp_)), f_(o.f_), write_failed_(o.write_failed_) {
  o.f_ = nullptr;
  o.tmp_.clear();
}

AtomicFile::~AtomicFile() {
  if (f_ && f_ != stdout) std::fclose(f_);
  if (!tmp_.empty()) ::unlink(tmp_.c_str());
}

void AtomicFile::write(std::string_view data) {
  if (data.empty() || !f_) return;
  if (std::fwrite(data.data(), 1, data.size(), f_) != data.size()) write_failed_ = true;
}

Status AtomicFile::commit() {
  if (!f_) return Error{"internal: " + path_ + " committed twice"};
  const bool flushed = std::fflush(f_) == 0;
  if (f_ == stdout) {
    f_ = nullptr;
    if (!flushed || write_failed_)
      return Error{"cannot write to stdout: " + std::string(std::strerror(errno))};
    return ok_status();
  }
  const bool synced = flushed && ::fsync(::fileno(f_)) == 0;
  const bool closed = std::fclose(f_) == 0;
  f_ = nullptr;
  if (write_failed_ || !synced || !closed) {
    return Error{"cannot write " + path_ + ": " + std::strerror(errno) + " (disk full?)"};
  }
  if (std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    return Error{"cannot rename " + tmp_ + " to " + path_ + ": " + std::strerror(errno)};
  }
  tmp_.clear();
  return ok_status();
}

}  // namespace newspipe::host
