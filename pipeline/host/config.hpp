// The pipeline's configuration: the TOML file (contract §3) read and checked into a PipelineConfig.
// Everything that can be checked without the plugins is checked here; the stages' options are
// checked against the plugins' declarations by StageAssembler.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "newspipe/value.hpp"
#include "result.hpp"

namespace newspipe::host {

/// A place in the configuration for error messages: "file:line:col", or "--set KEY" for a value
/// that came from the command line.
using SourceRef = std::string;

/// One value under `[stages.options]`, as written, with where it was written.
struct RawOption {
  std::string key;
  Value value;
  SourceRef where;
};

/// One `[[stages]]` entry.
struct StageConfig {
  std::string plugin;  ///< a plugin name, or a path to a .so (resolved against the config's folder)
  std::string name;    ///< defaults to the plugin's name
  bool enabled = true;
  std::vector<RawOption> options;
  SourceRef where;         ///< the `[[stages]]` table
  SourceRef plugin_where;  ///< the `plugin` key
};

enum class InputFormat { Auto, Jsonl, Text };
enum class OnError { Quarantine, Fail };

struct PipelineConfig {
  std::filesystem::path file;  ///< the TOML file read
  std::string name = "newspipe";
  std::size_t batch_size = 1000;
  unsigned threads = 0;  ///< 0 = all cores
  std::vector<std::filesystem::path> plugin_path;
  OnError on_error = OnError::Quarantine;

  std::vector<std::string> input_paths;  ///< files, folders, globs or "-"; already made absolute
  InputFormat input_format = InputFormat::Auto;
  std::size_t max_record_bytes = 16u << 20;

  std::string output_path;      ///< "-" = stdout
  std::string quarantine_path;  ///< empty = next to the output, "<output stem>.quarantine.jsonl"
  std::string report_path;      ///< empty = no report
  std::string dropped_path;     ///< empty = dropped articles are only counted

  std::filesystem::path state_path;

  std::string log_file;  ///< empty = stderr only
  std::string log_level = "info";
  std::size_t log_max_size_mb = 50;
  std::size_t log_max_files = 5;

  std::vector<StageConfig> stages;
  /// The effective configuration (after --set), as TOML text: hashed and copied into report.json.
  std::string effective_toml;
};

/// What the command line changes in the file: `--set KEY=VALUE`, `--input PATH`, `--output PATH`.
/// Paths given here are relative to the current folder, not to the config file.
struct ConfigOverrides {
  std::vector<std::string> sets;
  std::vector<std::string> inputs;
  std::optional<std::string> output;
};

/// Reads and checks `file` with `overrides` applied. The error lists every problem found, one per
/// line, each as "file:line:col: message" (or "--set KEY: message").
Result<PipelineConfig> load_config(const std::filesystem::path& file,
                                   const ConfigOverrides& overrides = {});

}  // namespace newspipe::host
