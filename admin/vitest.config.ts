import { defineConfig } from 'vitest/config';

// vitest 5's failure reporter calls Map.groupBy, which Node 20 (the target
// runtime) lacks: without this, a failing test crashes the reporter
// instead of printing the assertion.
type GroupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Map<K, T[]>;
const mapWithGroupBy = Map as unknown as { groupBy?: GroupBy };
if (typeof mapWithGroupBy.groupBy !== 'function') {
  mapWithGroupBy.groupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => {
    const groups = new Map<K, T[]>();
    let index = 0;
    for (const item of items) {
      const group = key(item, index++);
      const list = groups.get(group);
      if (list) list.push(item);
      else groups.set(group, [item]);
    }
    return groups;
  };
}

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/__tests__/**/*.test.ts'],
    restoreMocks: true,
  },
});
