import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { scanCorpus } from '../../src/core/corpus';
import { toJsonExport } from '../../src/core/export';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures');

interface Score {
  funding: { f1: number; policy_accuracy: number; amount_accuracy: number };
  commitment: { f1: number };
  recommendation: { f1: number };
  linking: { coverage: number; merged_items: number };
}

function score(docsDir: string, goldDir: string): Score {
  const docs = fs
    .readdirSync(docsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ path: `${path.basename(docsDir)}/${f}`, text: fs.readFileSync(path.join(docsDir, f), 'utf8') }));
  const pred = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-score-')), 'pred.json');
  fs.writeFileSync(pred, JSON.stringify(toJsonExport(scanCorpus(docs))));
  const run = spawnSync(process.execPath, [path.join(FIXTURES, 'score.mjs'), '--gold', goldDir, '--docs', docsDir, '--pred', pred, '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as Score;
}

describe('extraction quality against the gold labels', () => {
  it('meets the targets on the seeds', () => {
    const s = score(path.join(ROOT, 'seeds'), path.join(FIXTURES, 'seeds-gold'));
    assert.equal(s.funding.f1, 1, 'funding F1');
    assert.ok(s.funding.amount_accuracy >= 0.95, `amount accuracy ${s.funding.amount_accuracy}`);
    assert.ok(s.funding.policy_accuracy >= 0.95, `policy accuracy ${s.funding.policy_accuracy}`);
    assert.ok(s.commitment.f1 >= 0.9, `commitment F1 ${s.commitment.f1}`);
    assert.ok(s.recommendation.f1 >= 0.85, `recommendation F1 ${s.recommendation.f1}`);
    assert.ok(s.linking.coverage >= 0.95, `linking coverage ${s.linking.coverage}`);
    assert.equal(s.linking.merged_items, 0, 'merged items');
  });

  it('meets the targets on the development set', () => {
    const s = score(path.join(FIXTURES, 'dev/docs'), path.join(FIXTURES, 'dev/gold'));
    assert.ok(s.funding.f1 >= 0.95, `funding F1 ${s.funding.f1}`);
    assert.ok(s.funding.amount_accuracy >= 0.95, `amount accuracy ${s.funding.amount_accuracy}`);
    assert.ok(s.commitment.f1 >= 0.85, `commitment F1 ${s.commitment.f1}`);
    assert.ok(s.recommendation.f1 >= 0.8, `recommendation F1 ${s.recommendation.f1}`);
    assert.ok(s.linking.coverage >= 0.9, `linking coverage ${s.linking.coverage}`);
    assert.equal(s.linking.merged_items, 0, 'merged items');
  });
});
