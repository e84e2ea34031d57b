#include "input_files.hpp"

#include <glob.h>

#include <algorithm>
#include <filesystem>

namespace newspipe::host {

namespace fs = std::filesystem;

namespace {

std::optional<InputFormat> format_of(const fs::path& p, InputFormat configured) {
  if (configured != InputFormat::Auto) return configured;
  const std::string ext = p.extension().string();
  if (ext == ".jsonl" || ext == ".ndjson" || ext == ".json") return InputFormat::Jsonl;
  if (ext == ".txt") return InputFormat::Text;
  return std::nullopt;
}

bool has_glob_chars(const std::string& s) { return s.find_first_of("*?[") != std::string::npos; }

}  // namespace

Result<std::vector<InputFile>> expand_inputs(const std::vector<std::string>& paths,
                                             InputFormat format) {
  std::vector<InputFile> out;
  if (paths.empty()) {
    return Error{"no input: set [input] paths in the config or pass --input PATH (\"-\" = stdin)"};
  }
  auto add_file = [&](const fs::path& p, bool from_folder) -> Status {
    auto f = format_of(p, format);
    if (!f) {
      if (from_folder) return ok_status();  // a README or .gitkeep beside the articles
      return Error{"input " + p.string() +
                   ": cannot tell its format from the extension; use .jsonl or .txt, or set "
                   "[input] format = \"jsonl\" or \"text\""};
    }
    std::error_code ec;
    out.push_back({p.string(), *f, static_cast<std::uint64_t>(fs::file_size(p, ec))});
    return ok_status();
  };
  for (const std::string& raw : paths) {
    if (raw == "-") {
      out.push_back({"-", format == InputFormat::Text ? InputFormat::Text : InputFormat::Jsonl, 0});
      continue;
    }
    std::vector<fs::path> matches;
    if (has_glob_chars(raw)) {
      glob_t g{};
      if (::glob(raw.c_str(), 0, nullptr, &g) == 0) {
        for (std::size_t i = 0; i < g.gl_pathc; ++i) matches.emplace_back(g.gl_pathv[i]);
      }
      ::globfree(&g);
      std::sort(matches.begin(), matches.end());
      if (matches.empty()) return Error{"input " + raw + ": the pattern matches no file"};
    } else {
      matches.emplace_back(raw);
    }
    for (const fs::path& p : matches) {
      std::error_code ec;
      if (fs::is_directory(p, ec)) {
        std::vector<fs::path> files;
        for (const auto& e : fs::directory_iterator(p, ec)) {
          if (e.is_regular_file()) files.push_back(e.path());
        }
        std::sort(files.begin(), files.end());
        for (const auto& f : files) {
          if (Status s = add_file(f, true); !s) return s.error();
        }
      } else if (fs::is_regular_file(p, ec) || fs::exists(p, ec)) {
        if (Status s = add_file(p, false); !s) return s.error();
      } else {
        return Error{"input " + p.string() + " does not exist; check [input] paths or --input"};
      }
    }
  }
  return out;
}

}  // namespace newspipe::host
