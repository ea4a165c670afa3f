/**
 * SciFact (BEIR, Wadden et al. 2020) as the knowledge benches read it, in place from
 * `../shared/datasets/scifact`: the test qrels, the test queries that have judgements, the corpus
 * written out as one Markdown file per abstract, and the two measures reported (nDCG@10, recall@100).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS } from '../test/fakes/glove.js';

export const SCIFACT = join(DATASETS, 'scifact');

export interface Row {
  _id: string;
  title?: string;
  text: string;
}

export const readJsonl = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Row);

/** Query id → ids of the documents judged relevant (score > 0) in `qrels/test.tsv`. */
export const qrels = new Map<string, Set<string>>();
for (const line of readFileSync(join(SCIFACT, 'qrels/test.tsv'), 'utf8').split('\n').slice(1)) {
  const [query, doc, score] = line.split('\t');
  if (!query || !doc || Number(score) <= 0) continue;
  const set = qrels.get(query) ?? new Set<string>();
  set.add(doc);
  qrels.set(query, set);
}

/** The 300 test queries (those with judgements). */
export const testQueries = readJsonl(join(SCIFACT, 'queries.jsonl')).filter((query) => qrels.has(query._id));

/** Writes each abstract as `<dir>/<id>.md` ("# title", blank line, text); returns the folder. */
export function writeCorpus(dir: string): string {
  mkdirSync(dir);
  for (const doc of readJsonl(join(SCIFACT, 'corpus.jsonl')))
    writeFileSync(join(dir, `${doc._id}.md`), `# ${doc.title ?? ''}\n\n${doc.text}\n`);
  return dir;
}

/** nDCG@10 with binary gains (Järvelin & Kekäläinen 2002), as BEIR reports it. */
export function ndcg10(ranking: readonly string[], relevant: Set<string>): number {
  let dcg = 0;
  ranking.slice(0, 10).forEach((doc, index) => {
    if (relevant.has(doc)) dcg += 1 / Math.log2(index + 2);
  });
  let ideal = 0;
  for (let index = 0; index < Math.min(10, relevant.size); index++) ideal += 1 / Math.log2(index + 2);
  return dcg / ideal;
}

/** Share of the relevant documents found in the first 100. */
export const recall100 = (ranking: readonly string[], relevant: Set<string>) =>
  ranking.slice(0, 100).filter((doc) => relevant.has(doc)).length / relevant.size;
