/** Field-by-field comparison of an audit entry's before/after snapshots. */

export interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

const asObject = (value: unknown): Record<string, unknown> | null => {
  if (value == null) return null;
  if (typeof value === 'string') {
    try {
      const parsed = JSON.parse(value);
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : { nilai: parsed };
    } catch {
      return { nilai: value };
    }
  }
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  return { nilai: value };
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const diffRows = (before: unknown, after: unknown): DiffRow[] => {
  const left = asObject(before);
  const right = asObject(after);
  if (!left && !right) return [];
  const fields = [...new Set([...Object.keys(left ?? {}), ...Object.keys(right ?? {})])].sort();
  return fields.map((field) => {
    const b = left ? left[field] : undefined;
    const a = right ? right[field] : undefined;
    return { field, before: b, after: a, changed: !same(a, b) };
  });
};

export const showValue = (value: unknown): string => {
  if (value === undefined) return '';
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
};
