/** Builds the position tree of one OPD from the flat jabatan list. */

export interface TreeInput {
  id: string | number;
  kode?: string | null;
  atasan_id?: string | number | null;
}

export interface TreeNode<T extends TreeInput> {
  item: T;
  depth: number;
  children: TreeNode<T>[];
}

const byKode = <T extends TreeInput>(a: TreeNode<T>, b: TreeNode<T>) =>
  String(a.item.kode ?? '').localeCompare(String(b.item.kode ?? ''), 'id', { numeric: true }) ||
  String(a.item.id).localeCompare(String(b.item.id));

/**
 * Roots are the positions whose atasan is empty or outside the list (for
 * example the Kepala OPD, whose atasan is the Sekda in another OPD).
 * Cycles in bad data never loop: a position already placed is not placed
 * again, and a cycle with no root becomes a root at its smallest kode.
 */
export const buildTree = <T extends TreeInput>(items: readonly T[]): TreeNode<T>[] => {
  const key = (value: string | number) => String(value);
  const byId = new Map<string, T>();
  for (const item of items) byId.set(key(item.id), item);

  const childrenOf = new Map<string, T[]>();
  const roots: T[] = [];
  for (const item of byId.values()) {
    const parent = item.atasan_id == null || item.atasan_id === '' ? null : key(item.atasan_id);
    if (parent === null || parent === key(item.id) || !byId.has(parent)) {
      roots.push(item);
    } else {
      const list = childrenOf.get(parent) ?? [];
      list.push(item);
      childrenOf.set(parent, list);
    }
  }

  const placed = new Set<string>();
  const grow = (item: T, depth: number): TreeNode<T> => {
    placed.add(key(item.id));
    const children = (childrenOf.get(key(item.id)) ?? [])
      .filter((child) => !placed.has(key(child.id)))
      .map((child) => grow(child, depth + 1))
      .sort(byKode);
    return { item, depth, children };
  };

  const result = roots.map((root) => grow(root, 0)).sort(byKode);
  // positions caught in a cycle (no path to a root)
  const leftovers = [...byId.values()]
    .filter((item) => !placed.has(key(item.id)))
    .sort((a, b) => String(a.kode ?? '').localeCompare(String(b.kode ?? ''), 'id', { numeric: true }));
  for (const item of leftovers) {
    if (!placed.has(key(item.id))) result.push(grow(item, 0));
  }
  return result;
};

/** Ids of every node that has children (for "expand all"). */
export const branchIds = <T extends TreeInput>(nodes: readonly TreeNode<T>[]): string[] =>
  nodes.flatMap((node) => (node.children.length > 0 ? [String(node.item.id), ...branchIds(node.children)] : []));

/** Number of nodes in the tree. */
export const countNodes = <T extends TreeInput>(nodes: readonly TreeNode<T>[]): number =>
  nodes.reduce((total, node) => total + 1 + countNodes(node.children), 0);

export type PemangkuLabel =
  { kind: 'kosong' } | { kind: 'pemangku'; prefix: string; nama: string; nip?: string | null };

/** "Plt. Nama" for acting holders, "Kosong" for vacant posts. */
export const pemangkuLabel = (jabatan: {
  pemangku_nama?: string | null;
  pemangku_nip?: string | null;
  pemangku_sebagai?: string | null;
}): PemangkuLabel => {
  if (!jabatan.pemangku_sebagai || !jabatan.pemangku_nama) return { kind: 'kosong' };
  const prefix =
    jabatan.pemangku_sebagai === 'PLT'
      ? 'Plt.'
      : jabatan.pemangku_sebagai === 'PLH'
        ? 'Plh.'
        : jabatan.pemangku_sebagai === 'PJ'
          ? 'Pj.'
          : '';
  return { kind: 'pemangku', prefix, nama: jabatan.pemangku_nama, nip: jabatan.pemangku_nip };
};
