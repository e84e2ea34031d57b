// A file written beside its final path and renamed into place on commit(), so that a failed or
// killed run leaves the previous night's file as it was. "-" writes to stdout instead.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "result.hpp"

namespace newspipe::host {

class AtomicFile {
 public:
  /// Opens a temporary file in the target's folder (creating the folder).
  static Result<AtomicFile> create(const std::string& path);

  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;
  AtomicFile(const AtomicFile&) = delete;
  ~AtomicFile();  // without commit(): the temporary file is removed

  /// Buffered write; errors surface at commit().
  void write(std::string_view data);
  /// Flushes, syncs and renames the file into place.
  Status commit();
  const std::string& path() const { return path_; }

 private:
  AtomicFile(std::string path, std::string tmp, std::FILE* f)
      : path_(std::move(path)), tmp_(std::move(tmp)), f_(f) {}
  std::string path_;
  std::string tmp_;  // empty for stdout
  std::FILE* f_ = nullptr;
  bool write_failed_ = false;
};

}  // namespace newspipe::host
