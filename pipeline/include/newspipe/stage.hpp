// newspipe SDK: the Stage interface a plugin implements.
#pragma once

#include <cstddef>
#include <exception>
#include <string>

#include "newspipe/article.hpp"
#include "newspipe/context.hpp"

namespace newspipe {

/// One step of the pipeline. The host creates one Stage per `[[stages]]` entry through the plugin's
/// factory and calls `process_batch` once per batch, batches in input order, never two at once.
///
/// Most stages only override `process_article`: the default `process_batch` runs it for every
/// article of the batch on the pipeline's threads, so it must only touch its own article and
/// state that is safe to share (read-only after construction, or guarded). Stages whose work spans
/// articles (dedup) override `process_batch` and may still use `ctx.parallel_for`.
///
/// Errors: an exception from `process_article` fails that article only — the host quarantines it
/// with this stage's name and the exception's message, and the run goes on. An exception from an
/// overridden `process_batch` fails every article of the batch the same way. Call
/// `Article::fail` yourself to fail one article from a batch-level stage.
class Stage {
 public:
  virtual ~Stage() = default;

  /// Works on one article. Called concurrently for different articles of a batch.
  virtual void process_article(Article& /*article*/, StageContext& /*ctx*/) {}

  /// Works on a whole batch. The default spreads `process_article` over the threads.
  virtual void process_batch(Batch& batch, StageContext& ctx) {
    ctx.parallel_for(batch.articles.size(), [&](std::size_t i) {
      Article& article = batch.articles[i];
      try {
        process_article(article, ctx);
      } catch (const std::exception& e) {
        article.fail(e.what());
      } catch (...) {
        article.fail("unknown exception");
      }
    });
  }

  /// Called once after the run's output has been written and renamed into place (not after a
  /// failed run). Stages that keep state across runs commit it here, so that the state never
  /// records articles whose output was lost.
  virtual void finish(StageContext& /*ctx*/) {}
};

}  // namespace newspipe
