// Turns [input] paths (files, folders, globs, "-") into the ordered list of files to read.
#pragma once

#include <string>
#include <vector>

#include "config.hpp"
#include "result.hpp"

namespace newspipe::host {

struct InputFile {
  std::string path;                         ///< "-" = stdin
  InputFormat format = InputFormat::Jsonl;  ///< never Auto
  std::uint64_t size = 0;                   ///< bytes, 0 when unknown (stdin)
};

/// Expands `paths` in order: a folder gives its files sorted by name (files whose format cannot be
/// told from their extension are skipped when the format is auto); a glob gives its matches sorted.
/// A path that matches nothing is an error, so a mistyped path never yields an empty night.
Result<std::vector<InputFile>> expand_inputs(const std::vector<std::string>& paths,
                                             InputFormat format);

}  // namespace newspipe::host
