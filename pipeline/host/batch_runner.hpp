// Runs the pipeline: reads articles in batches, passes each batch through the stages in order,
// writes what is kept, quarantines what failed, and commits the outputs only when the run succeeds.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "config.hpp"
#include "input_files.hpp"
#include "stage_assembler.hpp"

namespace newspipe::host {

struct StageStats {
  double wall_seconds = 0;    ///< in process_batch
  double finish_seconds = 0;  ///< in finish (e.g. committing an index)
  double cpu_seconds = 0;
  std::uint64_t articles_in = 0;
  std::uint64_t failed = 0;
  std::uint64_t dropped = 0;
};

/// What a run did, for report.json and the exit code.
struct RunSummary {
  std::string run_id;
  std::string started;  ///< ISO 8601 UTC
  std::string finished;
  double seconds = 0;
  std::uint64_t read = 0;  ///< records read (articles and bad records)
  std::uint64_t written = 0;
  std::uint64_t quarantined = 0;
  std::uint64_t dropped = 0;
  std::uint64_t bytes_read = 0;
  std::vector<StageStats> stages;  ///< parallel to the pipeline's stages
  bool failed = false;
  std::string failure;  ///< why the run failed

  /// Contract §2: 0 all written, 2 failed (outputs untouched), 3 completed with quarantined
  /// records.
  int exit_code() const { return failed ? 2 : quarantined > 0 ? 3 : 0; }
};

class BatchRunner {
 public:
  /// `stop` (may be null) is polled between batches: set it to end the run early as failed.
  BatchRunner(const PipelineConfig& cfg, std::vector<PipelineStage>& stages, std::string run_id,
              const std::atomic<bool>* stop = nullptr);
  RunSummary run(std::vector<InputFile> inputs);

 private:
  const PipelineConfig& cfg_;
  std::vector<PipelineStage>& stages_;
  std::string run_id_;
  const std::atomic<bool>* stop_;
};

/// The current UTC time as 2026-11-23T10:46:28Z.
std::string utc_timestamp();

}  // namespace newspipe::host
