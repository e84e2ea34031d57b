// newspipe SDK: Article and Batch, the data a stage works on.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newspipe/value.hpp"

namespace newspipe {

/// One news article on its way through the pipeline.
///
/// `text` is what stages read and may rewrite (only stages that declare `Access::RewritesText`).
/// Every input field other than id, title and text is kept verbatim in `extra_fields` and written
/// back unchanged. Each stage puts its results under its own name with `result()`.
struct Article {
  /// The input's `id`, or `<file stem>:<line>` when the input has none.
  std::string id;
  /// The title (may be empty).
  std::string title;
  /// The body, UTF-8. Offsets reported by stages are Unicode code-point offsets into this text.
  std::string text;
  /// The other members of the input JSON object, verbatim, comma-separated, without braces
  /// (e.g. `"url":"https://x","lang":"en"`). Stages should leave it alone.
  std::string extra_fields;
  /// Where the article came from: the input file ("-" for stdin) and its 1-based line.
  std::string source;
  std::uint64_t line = 0;
  /// Stage results keyed by stage name, in the order the stages ran. Use `result()` to write.
  Value results = Value::object();

  /// The result object of the stage called `stage_name`, created empty on first use.
  Value& result(std::string_view stage_name) {
    Value& v = results[stage_name];
    if (v.is_null()) v = Value::object();
    return v;
  }

  /// Marks the whole article as dropped (e.g. a duplicate of an earlier one): the host counts it
  /// and does not write it to the main output. `reason` is a short machine-readable word
  /// ("duplicate").
  void drop(std::string reason) {
    dropped = true;
    drop_reason = std::move(reason);
  }
  bool dropped = false;
  std::string drop_reason;

  /// Marks this article as failed by the current stage: the host quarantines it with the stage's
  /// name and `message`, and later stages never see it. The default `Stage::process_batch` calls
  /// this when `process_article` throws.
  void fail(std::string message) {
    failed = true;
    failure = std::move(message);
  }
  bool failed = false;
  std::string failure;
};

/// A batch: consecutive articles in input order. `first_index` is the 0-based position of the
/// batch's first article in the whole run's input, so a stage can tell "earlier in the run".
struct Batch {
  std::vector<Article> articles;
  std::uint64_t first_index = 0;
};

}  // namespace newspipe
