// One parent directory holds every temp file the tests make, so a run leaves nothing in /tmp.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'article-tests-'));
  process.env.ARTICLE_TEST_TMP = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
