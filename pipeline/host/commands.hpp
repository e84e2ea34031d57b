// The subcommands of the newspipe command line (contract §2). Each returns the process exit code.
#pragma once

#include <atomic>
#include <optional>
#include <string>

#include "config.hpp"

namespace newspipe::host {

inline constexpr int kExitOk = 0;           ///< every article written
inline constexpr int kExitConfig = 1;       ///< usage or configuration error; nothing was read
inline constexpr int kExitRunFailed = 2;    ///< the run failed; earlier output left as it was
inline constexpr int kExitQuarantined = 3;  ///< the run completed; some records were quarantined

struct CommonOptions {
  std::string config;
  std::optional<std::string> log_level;
};

int run_command(const CommonOptions& common, const ConfigOverrides& overrides,
                const std::string& run_id, const std::atomic<bool>* stop);
int validate_command(const CommonOptions& common, const ConfigOverrides& overrides);
/// `config` (optional) adds that config's plugin_path to the folders searched.
int plugins_command(const std::optional<std::string>& config);
int describe_command(const std::string& plugin, const std::optional<std::string>& config);

/// A new run id: the UTC start time and the process id, e.g. 20261123T104628Z-4242.
std::string default_run_id();

}  // namespace newspipe::host
