// Worker thread of the CLI's batch mode (run by piscina): parses one article and returns
// its JSONL line, so that serialising also happens off the main thread.
import { parseArticle } from './parse-article.js';
import { taskOptions, type ArticleTask } from './cli/records.js';

export function parseTask(task: ArticleTask): { ok: true; line: string } | { ok: false; error: string } {
  try {
    const result = parseArticle(task.input, taskOptions(task));
    return { ok: true, line: JSON.stringify({ id: task.id, ...result }) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
