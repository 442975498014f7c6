import { describe, expect, it } from 'vitest';
import { branchIds, buildTree, countNodes, pemangkuLabel } from '../tree';

const j = (id: string, kode: string, atasan_id: string | null = null) => ({ id, kode, atasan_id });

describe('buildTree', () => {
  it('nests positions under their atasan, sorted by kode', () => {
    const tree = buildTree([
      j('kabid', '1.2', 'kadis'),
      j('sekretaris', '1.1', 'kadis'),
      j('kadis', '1', 'sekda-elsewhere'),
      j('pelaksana', '1.2.1', 'kabid'),
      j('jf', '1.2.2', 'kabid'),
    ]);
    expect(tree).toHaveLength(1);
    expect(tree[0].item.id).toBe('kadis');
    expect(tree[0].depth).toBe(0);
    expect(tree[0].children.map((node) => node.item.id)).toEqual(['sekretaris', 'kabid']);
    expect(tree[0].children[1].children.map((node) => node.item.id)).toEqual(['pelaksana', 'jf']);
    expect(tree[0].children[1].children[0].depth).toBe(2);
    expect(countNodes(tree)).toBe(5);
    expect(branchIds(tree)).toEqual(['kadis', 'kabid']);
  });

  it('sorts kode numerically (1.10 after 1.9)', () => {
    const tree = buildTree([j('a', '1.10'), j('b', '1.9'), j('c', '1.2')]);
    expect(tree.map((node) => node.item.kode)).toEqual(['1.2', '1.9', '1.10']);
  });

  it('keeps several roots and orphans', () => {
    const tree = buildTree([j('a', '2'), j('b', '1', ''), j('c', '3', 'missing')]);
    expect(tree.map((node) => node.item.id)).toEqual(['b', 'a', 'c']);
  });

  it('survives cycles and self references', () => {
    const tree = buildTree([j('a', '1', 'b'), j('b', '2', 'a'), j('c', '3', 'c')]);
    expect(countNodes(tree)).toBe(3);
    expect(tree.map((node) => node.item.id)).toEqual(['c', 'a']);
    expect(tree[1].children.map((node) => node.item.id)).toEqual(['b']);
  });

  it('empty list → empty tree', () => {
    expect(buildTree([])).toEqual([]);
  });
});

describe('pemangkuLabel', () => {
  it.each([
    [
      { pemangku_nama: 'Budi', pemangku_sebagai: 'DEFINITIF' },
      { kind: 'pemangku', prefix: '', nama: 'Budi', nip: undefined },
    ],
    [
      { pemangku_nama: 'Sari', pemangku_nip: '1', pemangku_sebagai: 'PLT' },
      { kind: 'pemangku', prefix: 'Plt.', nama: 'Sari', nip: '1' },
    ],
    [
      { pemangku_nama: 'Sari', pemangku_sebagai: 'PLH' },
      { kind: 'pemangku', prefix: 'Plh.', nama: 'Sari', nip: undefined },
    ],
    [
      { pemangku_nama: 'Sari', pemangku_sebagai: 'PJ' },
      { kind: 'pemangku', prefix: 'Pj.', nama: 'Sari', nip: undefined },
    ],
    [{ pemangku_nama: null, pemangku_sebagai: null }, { kind: 'kosong' }],
    [{}, { kind: 'kosong' }],
  ])('%j', (input, expected) => {
    expect(pemangkuLabel(input)).toEqual(expected);
  });
});
