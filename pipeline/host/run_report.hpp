// report.json (contract §5): what a run read, wrote, quarantined and dropped, and each stage's
// time.
#pragma once

#include <string>
#include <vector>

#include "batch_runner.hpp"
#include "config.hpp"
#include "newspipe/value.hpp"
#include "stage_assembler.hpp"

namespace newspipe::host {

/// A stable fingerprint of the effective configuration (xxh64, hex).
std::string config_hash(const PipelineConfig& cfg);

Value build_report(const PipelineConfig& cfg, const std::vector<PipelineStage>& stages,
                   const RunSummary& summary);

}  // namespace newspipe::host
