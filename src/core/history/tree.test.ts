import { describe, expect, it } from 'vitest';
import { entry } from './testing';
import {
  answeredAncestor,
  buildIndex,
  newestFirst,
  pathTo,
  subtreeIds,
  threadThrough,
  treeRows,
} from './tree';

// a1 ─ a2 ─ a3
//    └ b4 ─ b5        (b4 links by previous_response_id only)
// c6 (root)
const entries = [
  entry('a1', { responseId: 'resp_1' }),
  entry('a2', { parentId: 'a1', responseId: 'resp_2' }),
  entry('a3', { parentId: 'a2', responseId: 'resp_3' }),
  entry('b4', { previousResponseId: 'resp_1', responseId: 'resp_4' }),
  entry('b5', { parentId: 'b4', status: 'failed' }),
  entry('c6', { responseId: 'resp_6' }),
];
const index = buildIndex(entries);

describe('history tree', () => {
  it('links by parentId, and by previous_response_id when there is no parentId', () => {
    expect(index.parentOf.get('a2')).toBe('a1');
    expect(index.parentOf.get('b4')).toBe('a1');
    expect(index.children.get('a1')?.map((e) => e.id)).toEqual(['a2', 'b4']);
    expect(index.children.get('')?.map((e) => e.id)).toEqual(['a1', 'c6']);
  });

  it('lists newest first', () => {
    expect(newestFirst(entries).map((e) => e.id)).toEqual(['c6', 'b5', 'b4', 'a3', 'a2', 'a1']);
  });

  it('walks the path from the root, and the thread continues through the newest replies', () => {
    expect(pathTo(index, 'b5').map((e) => e.id)).toEqual(['a1', 'b4', 'b5']);
    expect(threadThrough(index, 'a1').map((e) => e.id)).toEqual(['a1', 'b4', 'b5']);
    expect(threadThrough(index, 'a2').map((e) => e.id)).toEqual(['a1', 'a2', 'a3']);
    expect(pathTo(index, 'nope')).toEqual([]);
  });

  it('gives a subtree for deleting a branch', () => {
    expect(subtreeIds(index, 'a1').sort()).toEqual(['a1', 'a2', 'a3', 'b4', 'b5']);
    expect(subtreeIds(index, 'b4').sort()).toEqual(['b4', 'b5']);
    expect(subtreeIds(index, 'zz')).toEqual([]);
  });

  it('lays out the tree newest root first, replies oldest first, with depths', () => {
    expect(treeRows(index).map((r) => `${r.entry.id}@${r.depth}/${r.replies}`)).toEqual([
      'c6@0/0',
      'a1@0/2',
      'a2@1/1',
      'a3@2/0',
      'b4@1/1',
      'b5@2/0',
    ]);
  });

  it('continues from the nearest answered turn when the picked one failed', () => {
    expect(answeredAncestor(index, 'b5')?.id).toBe('b4');
    expect(answeredAncestor(index, 'a3')?.id).toBe('a3');
    expect(answeredAncestor(index, undefined)).toBeUndefined();
  });

  it('survives links that loop (corrupt imports) and links to itself', () => {
    const loop = buildIndex([
      entry('x1', { parentId: 'x2' }),
      entry('x2', { parentId: 'x1' }),
      entry('x3', { responseId: 'resp_x3', previousResponseId: 'resp_x3' }),
    ]);
    expect(treeRows(loop)).toHaveLength(3);
    expect(pathTo(loop, 'x1').length).toBeLessThanOrEqual(2);
    expect(loop.parentOf.has('x3')).toBe(false);
  });

  // How fast: `npm run bench` (core figures).
  it('indexes 1,000 entries', () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      entry(`n${i + 1}`, { parentId: i % 10 === 0 ? undefined : `n${i}`, responseId: `resp_${i + 1}` }),
    );
    const rows = treeRows(buildIndex(many));
    expect(rows).toHaveLength(1000);
    expect(newestFirst(many)).toHaveLength(1000);
  });
});
